package org.ensemble.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class TemporaryDataDirTests {

	@Test
	void theFolderIsDeletedWhenTheContextClosesAfterTheDatabaseStopped() throws Exception {
		Path dataDir = TemporaryDataDir.create("unit");
		Files.writeString(dataDir.resolve("store"), "pages");
		AtomicBoolean folderThereWhenTheDatabaseStopped = new AtomicBoolean();
		try (var context = new AnnotationConfigApplicationContext()) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("test", Map.of("ensemble.data-dir", dataDir.toString())));
			context.registerBean("embeddedNeo4j", AutoCloseable.class,
					() -> () -> folderThereWhenTheDatabaseStopped.set(Files.exists(dataDir.resolve("store"))),
					(definition) -> definition.setDestroyMethodName("close"));
			context.register(TemporaryDataDir.class);
			context.refresh();
			assertThat(dataDir).isDirectory();
		}
		assertThat(folderThereWhenTheDatabaseStopped).isTrue();
		assertThat(dataDir).doesNotExist();
	}

	@Test
	void aFolderTheTestDidNotMakeIsKept() throws Exception {
		Path dataDir = Files.createTempDirectory("kept-");
		try (var context = new AnnotationConfigApplicationContext()) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("test", Map.of("ensemble.data-dir", dataDir.toString())));
			context.registerBean("embeddedNeo4j", AutoCloseable.class, () -> () -> {
			}, (definition) -> definition.setDestroyMethodName("close"));
			context.register(TemporaryDataDir.class);
			context.refresh();
		}
		assertThat(dataDir).isDirectory();
		Files.delete(dataDir);
	}

}

package org.ensemble.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.StringUtils;

/**
 * The data folder of a test context's embedded database, made in the temporary folder and deleted
 * when the context closes, after the database has stopped. A context lives until the test JVM ends,
 * and each database left 2 GB behind: a day of test runs filled the disk. Import this class into a
 * context whose {@code ensemble.data-dir} comes from {@link #create}.
 */
public final class TemporaryDataDir implements BeanDefinitionRegistryPostProcessor, EnvironmentAware {

	private static final String PREFIX = "ensemble-test-";

	/** The bean that runs the embedded database (system.EmbeddedNeo4jConfiguration). */
	private static final String DATABASE_BEAN = "embeddedNeo4j";

	private static final String DELETER_BEAN = TemporaryDataDir.class.getName() + ".deleter";

	private Environment environment;

	/** A new, empty folder in the temporary folder, for one context's data. */
	public static Path create(String name) {
		try {
			return Files.createTempDirectory(PREFIX + name + "-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
		Path dataDir = Path.of(this.environment.getRequiredProperty("ensemble.data-dir"));
		// only a folder that create() made: never a folder a developer pointed a test at
		boolean made = dataDir.getFileName().toString().startsWith(PREFIX)
				&& dataDir.toAbsolutePath().getParent().equals(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath());
		if (!made || !registry.containsBeanDefinition(DATABASE_BEAN)) {
			return;
		}
		RootBeanDefinition deleter = new RootBeanDefinition(Deleter.class, () -> new Deleter(dataDir));
		registry.registerBeanDefinition(DELETER_BEAN, deleter);
		// a bean is destroyed before the beans it depends on: the database stops, then its folder goes
		BeanDefinition database = registry.getBeanDefinition(DATABASE_BEAN);
		database.setDependsOn(StringUtils.addStringToArray(database.getDependsOn(), DELETER_BEAN));
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
	}

	record Deleter(Path dataDir) implements DisposableBean {

		@Override
		public void destroy() throws IOException {
			FileSystemUtils.deleteRecursively(this.dataDir);
		}

	}

}

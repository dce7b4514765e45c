package org.ensemble.architecture;

import java.util.List;
import java.util.Optional;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Package by feature, enforced: features use each other only through the public types of a
 * feature's own package, the shared packages ({@code system}, {@code credit}) know no feature, and
 * the top-level packages form no cycle.
 */
class ModularityTests {

	private static final String ROOT = "org.ensemble";

	private static final List<String> FEATURES = List.of("catalog", "collaboration", "ingest", "paths", "network", "desk");

	private static JavaClasses classes;

	@BeforeAll
	static void importProductionClasses() {
		// Only org.ensemble is judged; resolving every library class it touches would just cost time.
		ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
	}

	@AfterAll
	static void restoreConfiguration() {
		ArchConfiguration.get().reset();
	}

	/** The rules below would pass vacuously over an empty import. */
	@Test
	void theRulesSeeTheProductionClassesAndNoTests() {
		assertThat(classes.contain("org.ensemble.catalog.WorkController")).isTrue();
		assertThat(classes.contain("org.ensemble.system.CypherMigrations")).isTrue();
		assertThat(classes.contain(ModularityTests.class)).isFalse();
	}

	@Test
	void systemDependsOnNoFeature() {
		noClasses().that()
			.resideInAPackage(ROOT + ".system..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(featurePackages())
			.check(classes);
	}

	@Test
	void creditDependsOnNoFeatureAndNotOnSystem() {
		noClasses().that()
			.resideInAPackage(ROOT + ".credit..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(featurePackages())
			.orShould()
			.dependOnClassesThat()
			.resideInAPackage(ROOT + ".system..")
			.check(classes);
	}

	@Test
	void topLevelPackagesAreFreeOfCycles() {
		slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void featuresUseOtherFeaturesOnlyThroughPublicTypesOfTheirTopPackage() {
		classes().that()
			.resideInAnyPackage(featurePackages())
			.should(useOtherFeaturesOnlyThroughTheirApi())
			.check(classes);
	}

	@Test
	void restControllersAreNotPublic() {
		classes().that().areAnnotatedWith(RestController.class).should().notBePublic().check(classes);
	}

	@Test
	void configurationClassesAndTheErrorAdviceAreNotPublic() {
		classes().that()
			.areAnnotatedWith(Configuration.class)
			.or()
			.areAnnotatedWith(RestControllerAdvice.class)
			.should()
			.notBePublic()
			.allowEmptyShould(true)
			.check(classes);
	}

	private static String[] featurePackages() {
		return FEATURES.stream().map((feature) -> ROOT + "." + feature + "..").toArray(String[]::new);
	}

	/** The feature a class belongs to ({@code ingest} for {@code org.ensemble.ingest.parse.X}), if any. */
	private static Optional<String> featureOf(JavaClass type) {
		String name = type.getPackageName();
		return FEATURES.stream().filter((f) -> name.equals(ROOT + "." + f) || name.startsWith(ROOT + "." + f + ".")).findFirst();
	}

	private static ArchCondition<JavaClass> useOtherFeaturesOnlyThroughTheirApi() {
		return new ArchCondition<>("use other features only through public types of their top package") {

			@Override
			public void check(JavaClass origin, ConditionEvents events) {
				String own = featureOf(origin).orElseThrow();
				for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
					JavaClass target = dependency.getTargetClass().getBaseComponentType();
					Optional<String> other = featureOf(target).filter((feature) -> !feature.equals(own));
					if (other.isEmpty()) {
						continue;
					}
					boolean api = target.getPackageName().equals(ROOT + "." + other.get())
							&& target.getModifiers().contains(JavaModifier.PUBLIC);
					if (!api) {
						events.add(SimpleConditionEvent.violated(dependency,
								dependency.getDescription() + ", which is internal to " + other.get()));
					}
				}
			}

		};
	}

}

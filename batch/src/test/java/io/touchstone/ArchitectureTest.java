package io.touchstone;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layers of the README's layout section, checked on the compiled classes: dependencies
 * point down, and no two packages depend on each other.
 */
class ArchitectureTest {

    private static final String[] FEATURES = {"..ingest..", "..kpi..", "..textmining..", "..benchmark..",
        "..publish..", "..delivery..", "..users.."};
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.touchstone");

    @Test
    void noPackageDependsOnAnotherThatDependsOnItAgain() {
        slices().matching("io.touchstone.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void onlyTheCommandLineUsesTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("io.touchstone.cli..")
                .should().dependOnClassesThat().resideInAPackage("io.touchstone.cli..")
                .check(MAIN);
    }

    @Test
    void featuresNeverReachUpToTheJobThatComposesThem() {
        noClasses().that().resideInAnyPackage(FEATURES)
                .or().resideInAnyPackage("io.touchstone.run..", "io.touchstone.system..", "io.touchstone.period..")
                .should().dependOnClassesThat().resideInAnyPackage("io.touchstone.job..", "io.touchstone.cli..",
                        "io.touchstone.schedule..", "io.touchstone.console..")
                .check(MAIN);
    }

    @Test
    void theWebConsoleIsATopLayerNothingElseUses() {
        noClasses().that().resideOutsideOfPackage("io.touchstone.console..")
                .should().dependOnClassesThat().resideInAPackage("io.touchstone.console..")
                .check(MAIN);
    }

    @Test
    void theJobKnowsNothingOfTheSchedulesThatStartIt() {
        noClasses().that().resideInAPackage("io.touchstone.job..")
                .should().dependOnClassesThat().resideInAPackage("io.touchstone.schedule..")
                .check(MAIN);
    }

    @Test
    void theBottomLayersKnowNoFeature() {
        noClasses().that().resideInAnyPackage("io.touchstone.run..", "io.touchstone.system..",
                        "io.touchstone.period..", "io.touchstone.reports..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .check(MAIN);
    }

    @Test
    void theDemoOnlyWritesFilesAndDependsOnNoOtherPackage() {
        noClasses().that().resideInAPackage("io.touchstone.demo..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .orShould().dependOnClassesThat().resideInAnyPackage("io.touchstone.job..", "io.touchstone.run..")
                .check(MAIN);
    }
}

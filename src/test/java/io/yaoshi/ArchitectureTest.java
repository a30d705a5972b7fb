package io.yaoshi;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.yaoshi.provider.aliyun.AliyunSigner;
import io.yaoshi.provider.ucloud.UCloudSigner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering the README describes, checked on the compiled main classes. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.yaoshi");
    }

    @Test
    void nothingDependsOnTheWiring() {
        noClasses().that().resideOutsideOfPackage("io.yaoshi.app..")
                .should().dependOnClassesThat().resideInAPackage("io.yaoshi.app..")
                .check(classes);
    }

    @Test
    void theCommandLineNeverTouchesJavaFx() {
        noClasses().that().resideInAPackage("io.yaoshi.cli..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void onlyTheDesktopLayersUseJavaFx() {
        noClasses().that().resideOutsideOfPackages("io.yaoshi.ui..", "io.yaoshi.app..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void viewModelsKnowNoNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..")
                .check(classes);
    }

    @Test
    void theServiceLayerKnowsNoFrontEnd() {
        noClasses().that().resideInAnyPackage("io.yaoshi.service..", "io.yaoshi.domain..", "io.yaoshi.keys..",
                        "io.yaoshi.vault..", "io.yaoshi.provider..")
                .should().dependOnClassesThat().resideInAnyPackage("io.yaoshi.ui..", "io.yaoshi.cli..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void theTopLevelPackagesHaveNoCycles() {
        slices().matching("io.yaoshi.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theWindowsFeaturePackagesHaveNoCycles() {
        slices().matching("io.yaoshi.ui.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** Written from the API documents, not from the adapters: it shares only the rules and the signatures. */
    @Test
    void theEmulatorUsesOnlyTheDomainKeysRulesAndSigners() {
        noClasses().that().resideInAPackage("io.yaoshi.emulator..")
                .should().dependOnClassesThat(resideInAPackage("io.yaoshi..")
                        .and(not(resideInAnyPackage("io.yaoshi.emulator..", "io.yaoshi.domain..", "io.yaoshi.keys..",
                                "io.yaoshi.service.validation..")))
                        .and(not(belongToAnyOf(AliyunSigner.class, UCloudSigner.class))))
                .check(classes);
    }
}

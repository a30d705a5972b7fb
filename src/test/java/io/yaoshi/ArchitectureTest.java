package io.yaoshi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of STYLE.md, checked on the compiled main classes. */
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
}

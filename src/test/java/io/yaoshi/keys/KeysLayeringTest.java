package io.yaoshi.keys;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** This package's layering: bytes in, bytes out; only domain, the JDK and Bouncy Castle. */
class KeysLayeringTest {

    private static JavaClasses keys;

    @BeforeAll
    static void importKeys() {
        keys = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.yaoshi.keys");
    }

    @Test
    void dependsOnlyOnDomainTheJdkAndBouncyCastle() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("io.yaoshi.keys..", "io.yaoshi.domain..",
                "java..", "javax.crypto..", "org.bouncycastle..").check(keys);
    }

    @Test
    void doesNoFileNetworkOrLoggingIo() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..",
                "org.slf4j..", "java.util.logging..").orShould().dependOnClassesThat()
                .haveFullyQualifiedName("java.io.File").check(keys);
    }
}

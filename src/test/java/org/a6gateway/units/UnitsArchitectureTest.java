package org.a6gateway.units;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class UnitsArchitectureTest {

    @Test
    void theCoreDependsOnNothingOutsideTheJdk() {
        var units = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.a6gateway.units");

        classes().that().resideInAPackage("org.a6gateway.units..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.a6gateway.units..")
                .check(units);
    }
}

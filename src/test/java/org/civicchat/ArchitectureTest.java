package org.civicchat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Fails when a feature reaches into what another owns. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.civicchat");
    }

    @Test
    void understandingAndAnswersNeverImportWxJava() {
        noClasses().that().resideInAnyPackage("org.civicchat.nlp..", "org.civicchat.faq..")
                .should().dependOnClassesThat().resideInAnyPackage("me.chanjar..", "com.github.binarywang..")
                .check(classes);
    }

    @Test
    void onlyStoresTouchJedis() {
        noClasses().that().resideOutsideOfPackage("org.civicchat.store..")
                .and().haveNameNotMatching(".*Store(\\$.*)?")
                .and().haveNameNotMatching(".*Configuration(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("redis.clients..")
                .because("only store/ and a feature's own *Store know Redis")
                .check(classes);
    }

    @Test
    void nlpDependsOnNoOtherFeature() {
        noClasses().that().resideInAPackage("org.civicchat.nlp..")
                .should().dependOnClassesThat().resideInAnyPackage("org.civicchat.faq..", "org.civicchat.ticket..",
                        "org.civicchat.survey..", "org.civicchat.notice..", "org.civicchat.dialog..",
                        "org.civicchat.wechat..", "org.civicchat.admin..")
                .check(classes);
    }

    @Test
    void packagesDependOnEachOtherWithoutCycles() {
        slices().matching("org.civicchat.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void ticketSubFeaturesDependOnEachOtherWithoutCycles() {
        slices().matching("org.civicchat.ticket.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void featuresDoNotDependOnTheDialogOrTheEdge() {
        noClasses().that().resideInAnyPackage("org.civicchat.faq..", "org.civicchat.ticket..",
                        "org.civicchat.survey..", "org.civicchat.notice..", "org.civicchat.volunteer..",
                        "org.civicchat.moderation..", "org.civicchat.open311..", "org.civicchat.menu..", "org.civicchat.store..",
                        "org.civicchat.shared..")
                .should().dependOnClassesThat().resideInAnyPackage("org.civicchat.admin..", "org.civicchat.wechat..",
                        "org.civicchat.dialog..")
                .because("a feature that needs the edge owns the interface and the edge implements it")
                .check(classes);
    }

    @Test
    void theSharedKernelDependsOnNothingOfOurs() {
        classes().that().resideInAPackage("org.civicchat.shared..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.civicchat.shared..", "java..",
                        "org.springframework.context.annotation..", "org.springframework.scheduling.annotation..",
                        "org.yaml.snakeyaml..", "tools.jackson..")
                .because("the kernel holds values, events, the one clock and the one YAML reader; libraries only for those")
                .check(classes);
    }

    @Test
    void thePersonalDataMaskerDependsOnNothingButNlp() {
        noClasses().that().resideInAPackage("org.civicchat.privacy..")
                .should().dependOnClassesThat().resideInAnyPackage("org.civicchat.faq..", "org.civicchat.ticket..",
                        "org.civicchat.survey..", "org.civicchat.notice..", "org.civicchat.dialog..",
                        "org.civicchat.wechat..", "org.civicchat.admin..", "org.civicchat.store..",
                        "org.civicchat.volunteer..")
                .check(classes);
    }

    @Test
    void storeKnowsNoFeature() {
        noClasses().that().resideInAPackage("org.civicchat.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.civicchat.dialog..", "org.civicchat.wechat..",
                        "org.civicchat.faq..", "org.civicchat.ticket..", "org.civicchat.survey..",
                        "org.civicchat.notice..", "org.civicchat.admin..", "org.civicchat.nlp..")
                .check(classes);
    }
}

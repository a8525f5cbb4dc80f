package org.civicchat.admin;

import org.civicchat.ticket.DraftPart;
import org.civicchat.ticket.ResidentTickets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The 敏感词 page edits the list, and a ticket whose words are on it is marked for staff. */
class ModerationPageBrowserTest extends BrowserTestBase {

    @Autowired
    ResidentTickets tickets;
    private String before;

    @AfterEach
    void restore() {
        if (before != null) {
            admin().putJson("/api/admin/moderation/words", before);
        }
    }

    @Test
    void anOperatorAddsAWordAndAResidentsTicketWithItIsMarked() {
        before = admin().get("/api/admin/moderation/words").body();
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.page("moderation");
        WebElement box = browser.find(By.id("moderation-words"));
        assertThat(box.getDomProperty("value")).contains("傻逼");
        box.sendKeys("\n臭狗屎");
        browser.find(By.cssSelector("#moderation-form button[type=submit]")).click();
        awaitToast("敏感词已保存");
        assertThat(admin().get("/api/admin/moderation/words").body()).contains("臭狗屎");

        String resident = "o-mod-page-" + unique();
        tickets.addToDraft(resident, DraftPart.words("垃圾没人清，臭 狗 屎一样", "environment-sanitation", "东风路" + unique()));
        String n = tickets.fileDraft(resident, "mod-page:" + UUID.randomUUID(), false).ticket().number();
        browser.page("tickets/" + n);
        assertThat(browser.visible(By.id("ticket-flagged")).getText()).contains("臭狗屎");
    }
}

package org.civicchat.admin;

import org.civicchat.ticket.Actor;
import org.civicchat.ticket.DraftPart;
import org.civicchat.ticket.ResidentTickets;
import org.civicchat.ticket.StaffTickets;
import org.civicchat.ticket.TicketStatus;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** On a phone-sized page the resolve form takes a picture, and it counts as the after-photo. */
class PhotoUploadBrowserTest extends BrowserTestBase {

    @Autowired
    ResidentTickets tickets;
    @Autowired
    StaffTickets staffTickets;

    @Test
    void aHandlerOnAPhoneResolvesWithAPhotoFromTheCamera() throws Exception {
        String resident = "o-photo-page-" + unique();
        tickets.addToDraft(resident, DraftPart.words("楼道口垃圾堆了三天", "environment-sanitation", "光明小区" + unique()));
        String n = tickets.fileDraft(resident, "photo-page:" + UUID.randomUUID(), false).ticket().number();
        staffTickets.transition(n, TicketStatus.ACCEPTED, Actor.staff("admin"), null, null, null);
        staffTickets.assign(n, null, "光明网格", null, Actor.staff("admin"), null);
        staffTickets.transition(n, TicketStatus.IN_PROGRESS, Actor.staff("admin"), null, null, null);
        Path jpeg = Files.createTempFile("after", ".jpg");
        Files.write(jpeg, StaffPhotoUploadTest.jpegWithGps());

        browser.signIn("admin", ADMIN_PASSWORD);
        browser.viewport(375, 740);
        browser.page("tickets/" + n);
        browser.find(By.id("action-resolve")).click();
        WebElement camera = browser.find(By.id("form-photo-file"));
        assertThat(camera.getAttribute("capture")).isEqualTo("environment");
        assertThat(camera.getAttribute("accept")).contains("image/");
        browser.find(By.id("form-note")).sendKeys("已清运并消毒");
        camera.sendKeys(jpeg.toString());
        browser.find(By.id("form-submit")).click();
        awaitToast("已办结");
        browser.await(d -> d.findElement(By.id("ticket-photos")).getText().contains("处理后"));
        assertThat(staffTickets.get(n).status()).isEqualTo(TicketStatus.RESOLVED);
        Files.deleteIfExists(jpeg);
    }
}

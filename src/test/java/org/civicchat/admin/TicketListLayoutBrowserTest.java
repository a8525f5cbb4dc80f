package org.civicchat.admin;

import org.civicchat.support.UniqueIds;
import org.civicchat.ticket.DraftPart;
import org.civicchat.ticket.ResidentTickets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The ticket list on an office screen: every column, 办理期限 last, fits without scrolling sideways. */
class TicketListLayoutBrowserTest extends BrowserTestBase {

    @Autowired
    ResidentTickets tickets;

    @Test
    void theDeadlineColumnIsFullyVisibleAt1280By800() {
        String resident = "o-layout-" + UniqueIds.name();
        tickets.addToDraft(resident, DraftPart.words("锦绣家园小区北门外的人行道上常年堆放建筑垃圾和废旧家具，下雨后污水横流，"
                + "老人和孩子只能绕到机动车道上走，希望有关部门尽快清运并加强巡查 " + UniqueIds.name(),
                "environment-sanitation", "锦绣家园小区北门外人行道（靠近公交站台和社区卫生服务站的那一段）"));
        String number = tickets.fileDraft(resident, "layout:" + UniqueIds.name(), true).ticket().number();

        browser.viewport(1280, 800);
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.page("tickets");
        browser.find(By.cssSelector("#ticket-table tr[data-id='" + number + "']"));

        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) browser.script("""
                const th = Array.from(document.querySelectorAll('#ticket-table thead th')).find((t) => t.textContent === '办理期限');
                const wrap = th.closest('.table-wrap');
                const r = th.getBoundingClientRect();
                const w = wrap.getBoundingClientRect();
                return { right: r.right, wrapRight: w.right, viewport: window.innerWidth,
                  scrolls: wrap.scrollWidth > wrap.clientWidth + 1, clipped: th.scrollWidth > th.clientWidth + 1 };
                """);
        assertThat(((Number) box.get("right")).doubleValue()).as("办理期限 ends inside the list: %s", box)
                .isLessThanOrEqualTo(((Number) box.get("wrapRight")).doubleValue());
        assertThat(((Number) box.get("right")).doubleValue()).isLessThanOrEqualTo(((Number) box.get("viewport")).doubleValue());
        assertThat(box.get("scrolls")).as("the list scrolls sideways: %s", box).isEqualTo(false);
        assertThat(box.get("clipped")).isEqualTo(false);
    }
}

package org.civicchat.admin;

import org.civicchat.support.AppTest;
import org.civicchat.ticket.DraftPart;
import org.civicchat.ticket.ResidentTickets;
import org.civicchat.ticket.Ticket;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The public Open311 feed shows what a ticket is about, never who reported it. */
@AppTest
class Open311PrivacyTest {

    @LocalServerPort
    int port;
    @Autowired
    ResidentTickets tickets;

    @Test
    void theFeedMasksNamesIdCardsPhonesLandlinesAndEmails() {
        String place = "幸福路" + UUID.randomUUID().toString().substring(0, 6) + "号";
        Ticket t = file("我叫张伟，身份证410105198803151234，电话138 1234 5678，座机0371-66881234，"
                + "邮箱zhangwei@example.com，楼下烧烤店油烟太大", "cooking-fumes", place + " 联系人王芳 13987654321");
        StaffHttp anonymous = new StaffHttp(port);

        HttpResponse<String> list = anonymous.get("/open311/v2/requests.json?service_code=cooking-fumes");
        HttpResponse<String> one = anonymous.get("/open311/v2/requests/" + t.number() + ".json");
        HttpResponse<String> byId = anonymous.get("/open311/v2/requests.json?service_request_id=" + t.number());

        for (HttpResponse<String> r : java.util.List.of(list, one, byId)) {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains(t.number(), "楼下烧烤店油烟太大", "138****5678", "139****4321")
                    .doesNotContain("张伟", "王芳", "410105198803151234", "138 1234 5678", "13987654321",
                            "66881234", "zhangwei@", t.openid());
        }
    }

    private Ticket file(String text, String category, String location) {
        String resident = "o-open311-" + UUID.randomUUID();
        tickets.addToDraft(resident, DraftPart.words(text, category, location));
        return tickets.fileDraft(resident, "open311-test:" + UUID.randomUUID(), false).ticket();
    }
}

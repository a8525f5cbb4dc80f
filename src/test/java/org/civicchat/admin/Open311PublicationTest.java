package org.civicchat.admin;

import org.civicchat.support.AppTest;
import org.civicchat.ticket.DraftPart;
import org.civicchat.ticket.ResidentTickets;
import org.civicchat.ticket.Ticket;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator decides what the public Open311 feed shows; a ticket it does not show answers exactly like a
 * number that was never given out, so sequential numbers reveal nothing.
 */
class Open311PublicationTest {

    static Ticket file(ResidentTickets tickets, String text) {
        String resident = "o-pub-" + UUID.randomUUID();
        tickets.addToDraft(resident, DraftPart.words(text, "illegal-ads", "青年路" + UUID.randomUUID().toString().substring(0, 6)));
        return tickets.fileDraft(resident, "pub-test:" + UUID.randomUUID(), false).ticket();
    }

    static String withoutId(HttpResponse<String> r, String id) {
        return r.statusCode() + " " + r.body().replace(id, "<id>");
    }

    @Nested
    @AppTest
    class EveryTicketUnlessHidden {

        @LocalServerPort
        int port;
        @Autowired
        ResidentTickets tickets;

        @Test
        void aHiddenTicketAnswersLikeANumberThatDoesNotExist() {
            Ticket t = file(tickets, "电线杆上贴满小广告");
            StaffHttp admin = new StaffHttp(port).basic("admin", "test-admin-password");
            StaffHttp anonymous = new StaffHttp(port);
            assertThat(anonymous.get("/open311/v2/requests/" + t.number() + ".json").statusCode()).isEqualTo(200);

            HttpResponse<String> hide = admin.putJson("/api/admin/open311/requests/" + t.number(), "{\"public\": false}");
            assertThat(hide.statusCode()).isEqualTo(200);
            assertThat(hide.body()).contains("\"public\":false");

            String never = "WM20200101-0042";
            assertThat(withoutId(anonymous.get("/open311/v2/requests/" + t.number() + ".json"), t.number()))
                    .isEqualTo(withoutId(anonymous.get("/open311/v2/requests/" + never + ".json"), never))
                    .startsWith("404 ");
            assertThat(anonymous.get("/open311/v2/requests.json?service_request_id=" + t.number()).body()).isEqualTo("[]");
            assertThat(anonymous.get("/open311/v2/requests.json?service_code=illegal-ads&page_size=1000").body())
                    .doesNotContain(t.number());

            admin.putJson("/api/admin/open311/requests/" + t.number(), "{\"public\": true}");
            assertThat(anonymous.get("/open311/v2/requests/" + t.number() + ".json").statusCode()).isEqualTo(200);
        }

        @Test
        void onlySignedInOfficeStaffDecide() {
            Ticket t = file(tickets, "墙上乱涂乱画");
            assertThat(new StaffHttp(port).putJson("/api/admin/open311/requests/" + t.number(), "{\"public\": false}")
                    .statusCode()).isIn(401, 403);
            assertThat(new StaffHttp(port).basic("admin", "test-admin-password")
                    .putJson("/api/admin/open311/requests/" + t.number(), "{}").statusCode()).isEqualTo(400);
        }
    }

    @Nested
    @AppTest
    @TestPropertySource(properties = {"civicchat.open311.publish=marked",
            "civicchat.redis.data-dir=target/test-data/open311-marked"})
    class OnlyMarkedTickets {

        @LocalServerPort
        int port;
        @Autowired
        ResidentTickets tickets;

        @Test
        void aTicketIsShownOnlyOnceAnOperatorMarksItPublic() {
            Ticket t = file(tickets, "公交站牌被贴小广告");
            StaffHttp anonymous = new StaffHttp(port);
            assertThat(anonymous.get("/open311/v2/requests/" + t.number() + ".json").statusCode()).isEqualTo(404);
            assertThat(anonymous.get("/open311/v2/requests.json?service_code=illegal-ads&page_size=1000").body())
                    .doesNotContain(t.number());

            new StaffHttp(port).basic("admin", "test-admin-password")
                    .putJson("/api/admin/open311/requests/" + t.number(), "{\"public\": true}");

            assertThat(anonymous.get("/open311/v2/requests/" + t.number() + ".json").statusCode()).isEqualTo(200);
            assertThat(anonymous.get("/open311/v2/requests.json?service_code=illegal-ads&page_size=1000").body())
                    .contains(t.number());
        }
    }
}

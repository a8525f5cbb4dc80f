package org.civicchat.admin;

import org.civicchat.support.AppTest;
import org.civicchat.support.PortalClient;
import org.civicchat.ticket.DraftPart;
import org.civicchat.ticket.ResidentTickets;
import org.civicchat.ticket.Ticket;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@AppTest
class ExcelExportTest {

    @LocalServerPort
    int port;
    @Autowired
    ResidentTickets tickets;

    @Test
    void theTicketWorkbookHasChineseHeadersRealDatesMaskedPhonesAndTheListsFilter() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Ticket t = file("烧烤油烟直排，电话 13987654321，" + tag, "cooking-fumes", "文化路" + tag);
        HttpResponse<byte[]> r = get("/api/admin/tickets.xlsx?text=" + tag);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse(""))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        XlsxReader book = new XlsxReader(r.body());
        assertThat(book.rows).hasSize(2);
        assertThat(book.texts(0)).containsExactly("工单号", "状态", "类别",
                "办理部门", "网格", "地点", "问题描述", "提交时间", "办理期限", "是否超期", "评价", "关注人数");
        List<XlsxReader.Cell> row = book.rows.get(1);
        assertThat(row.get(0).text()).isEqualTo(t.number());
        assertThat(row.get(1).text()).isEqualTo("已提交");
        assertThat(row.get(2).text()).isEqualTo("餐饮油烟");
        assertThat(row.get(6).text()).contains("139****4321").doesNotContain("13987654321");
        XlsxReader.Cell created = row.get(7);
        assertThat(created.number()).isTrue();
        assertThat(created.format()).isEqualTo("yyyy-mm-dd hh:mm");
        double serial = Double.parseDouble(created.text());
        LocalDateTime shown = LocalDateTime.of(1899, 12, 30, 0, 0).plusSeconds(Math.round(serial * 86_400));
        assertThat(shown.truncatedTo(ChronoUnit.MINUTES)).isEqualTo(
                LocalDateTime.ofInstant(t.createdAt(), ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.MINUTES));
        assertThat(row.get(11).number()).isTrue();
        assertThat(row.get(11).text()).isEqualTo("1");
    }

    @Test
    void columnWidthsFitTheirContentLongTextWiderThanAStatus() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        file("小区门口的垃圾桶已经满了好几天，一直没有人来清运，气味很大，影响居民出行 " + tag,
                "environment-sanitation", "幸福里小区" + tag);
        XlsxReader book = new XlsxReader(get("/api/admin/tickets.xlsx?text=" + tag).body());
        assertThat(book.widths.get(2)).isBetween(6.0, 12.0);
        assertThat(book.widths.get(7)).isGreaterThan(50.0);
    }

    @Test
    void aSurveysResultsWorkbookHasOneRowPerAnswerSetWithQuestionTextsAsHeaders() throws Exception {
        String id = "xlsx-" + UUID.randomUUID().toString().substring(0, 8);
        new org.civicchat.support.AdminClient(port).post("/api/admin/surveys", """
                {"id": "%s", "title": "导出测试", "questions": [
                  {"id": "q1", "kind": "single", "text": "您知道创建目标吗？", "options": ["知道", "不知道"]},
                  {"id": "q2", "kind": "rating", "text": "您满意吗？"}]}""".formatted(id));
        PortalClient portal = new PortalClient(port);
        String who = "o-xlsx-" + UUID.randomUUID();
        portal.ask(who, "问卷 " + id);
        portal.ask(who, "1");
        portal.ask(who, "4");

        XlsxReader book = new XlsxReader(get("/api/admin/surveys/" + id + "/results.xlsx").body());
        assertThat(book.rows).hasSize(2);
        assertThat(book.texts(0)).containsExactly("答卷人", "完成时间", "1. 您知道创建目标吗？", "2. 您满意吗？");
        assertThat(book.rows.get(1).get(1).number()).isTrue();
        assertThat(book.rows.get(1).get(1).format()).isEqualTo("yyyy-mm-dd hh:mm");
        assertThat(book.rows.get(1).get(2).text()).isEqualTo("知道");
        assertThat(book.rows.get(1).get(3).text()).isEqualTo("4");
        assertThat(book.rows.get(1).get(0).text()).doesNotContain(who);
    }

    @Test
    void anUnknownSurveysWorkbookIs404() {
        assertThat(get("/api/admin/surveys/no-such-survey/results.xlsx").statusCode()).isEqualTo(404);
    }

    private Ticket file(String text, String category, String location) {
        String resident = "o-xlsx-" + UUID.randomUUID();
        tickets.addToDraft(resident, DraftPart.words(text, category, location));
        return tickets.fileDraft(resident, "xlsx-test:" + UUID.randomUUID(), false).ticket();
    }

    private HttpResponse<byte[]> get(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            "admin:test-admin-password".getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

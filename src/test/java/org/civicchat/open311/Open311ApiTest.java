package org.civicchat.open311;

import org.civicchat.support.AdminClient;
import org.civicchat.support.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** GeoReport v2 as a district system uses it; keys and jurisdiction come from {@link AppTest}'s properties. */
@AppTest
class Open311ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String KEY = "test-open311-key-0001";

    @LocalServerPort
    int port;

    @Test
    void discoveryNamesTheEndpointAndBothFormats() throws Exception {
        JsonNode d = json(get("/open311/discovery.json"));
        assertThat(d.get("endpoints").get(0).get("url").asString()).isEqualTo("http://127.0.0.1:" + port + "/open311/v2/");
        assertThat(d.get("endpoints").get(0).get("formats").toString()).isEqualTo("[\"text/xml\",\"application/json\"]");
        Document x = xml(get("/open311/discovery.xml"));
        assertThat(xpath(x, "/discovery/endpoints/endpoint/formats/format[1]")).isEqualTo("text/xml");
    }

    @Test
    void servicesInXmlAreUtf8WithTheCategoriesAndTheirMetadata() throws Exception {
        HttpResponse<String> r = get("/open311/v2/services.xml");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).isEqualToIgnoringCase("text/xml;charset=UTF-8");
        assertThat(r.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><services><service>");
        Document x = xml(r);
        assertThat(xpath(x, "count(/services/service)")).isEqualTo("14");
        assertThat(xpath(x, "/services/service[service_code='noise']/service_name")).isEqualTo("噪音扰民");
        assertThat(xpath(x, "/services/service[service_code='noise']/metadata")).isEqualTo("true");
    }

    @Test
    void aServiceDefinitionListsItsAttributesInBothFormats() throws Exception {
        JsonNode def = json(get("/open311/v2/services/noise.json"));
        assertThat(def.get("service_code").asString()).isEqualTo("noise");
        JsonNode first = def.get("attributes").get(0);
        assertThat(first.get("code").asString()).isEqualTo("blocks_traffic");
        assertThat(first.get("description").asString()).isEqualTo("是否影响通行");
        assertThat(first.get("datatype").asString()).isEqualTo("singlevaluelist");
        assertThat(first.get("values").toString()).isEqualTo("[{\"key\":\"yes\",\"name\":\"是\"},{\"key\":\"no\",\"name\":\"否\"}]");
        Document x = xml(get("/open311/v2/services/noise.xml"));
        assertThat(xpath(x, "/service_definition/attributes/attribute[code='noise_period']/values/value[key='night']/name"))
                .isEqualTo("夜间");
    }

    @Test
    void anUnknownServiceIs404InTheSpecsErrorShape() throws Exception {
        HttpResponse<String> j = get("/open311/v2/services/no-such-service.json");
        assertThat(j.statusCode()).isEqualTo(404);
        assertThat(json(j).get(0).get("code").asInt()).isEqualTo(404);
        assertThat(json(j).get(0).get("description").asString()).isEqualTo("没有这个服务类别：no-such-service");
        HttpResponse<String> x = get("/open311/v2/services/no-such-service.xml");
        assertThat(x.statusCode()).isEqualTo(404);
        assertThat(xpath(xml(x), "/errors/error/code")).isEqualTo("404");
        assertThat(get("/open311/v2/requests/WM20200101-9999.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void aPostWithoutOrWithAWrongKeyIs403AndFilesNothing() throws Exception {
        String tag = tag();
        Map<String, String> form = report(tag);
        form.remove("api_key");
        HttpResponse<String> none = post("/open311/v2/requests.json", form);
        assertThat(none.statusCode()).isEqualTo(403);
        assertThat(json(none).get(0).get("description").asString()).isEqualTo("缺少 api_key");
        form.put("api_key", "not-a-key-at-all-0000");
        HttpResponse<String> wrong = post("/open311/v2/requests.xml", form);
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(xpath(xml(wrong), "/errors/error/description")).isEqualTo("api_key 无效");
        assertThat(staffSearch(tag)).isZero();
    }

    @Test
    void aPostedRequestBecomesARoutedTicketReadableInBothFormatsWithoutTheReportersDetails() throws Exception {
        String tag = tag();
        Map<String, String> form = report(tag);
        form.put("attribute[blocks_traffic]", "yes");
        form.put("attribute[noise_period][]", "night");
        form.put("first_name", "建国");
        form.put("last_name", "李");
        form.put("phone", "13512345678");
        form.put("email", "lijianguo@example.com");
        form.put("lat", "23.45678");
        HttpResponse<String> r = post("/open311/v2/requests.json", form);
        assertThat(r.statusCode()).isEqualTo(201);
        JsonNode answer = json(r).get(0);
        String id = answer.get("service_request_id").asString();
        assertThat(id).matches("WM\\d{8}-\\d{4,}");
        assertThat(answer.get("service_notice").asString()).isEqualTo("已受理，由区生态环境分局办理。");

        HttpResponse<String> one = get("/open311/v2/requests/" + id + ".xml");
        Document x = xml(one);
        assertThat(xpath(x, "/service_requests/request/service_request_id")).isEqualTo(id);
        assertThat(xpath(x, "/service_requests/request/status")).isEqualTo("open");
        assertThat(xpath(x, "/service_requests/request/service_code")).isEqualTo("noise");
        assertThat(xpath(x, "/service_requests/request/description"))
                .isEqualTo("夜里工地施工噪声很大 " + tag + "；是否影响通行：是；噪声出现的时段：夜间");
        assertThat(xpath(x, "/service_requests/request/requested_datetime")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*\\+08:00");
        assertThat(xpath(x, "/service_requests/request/lat")).isEqualTo("23.457");
        assertThat(one.body()).doesNotContain("建国", "13512345678", "lijianguo");
        assertThat(get("/open311/v2/requests/" + id + ".json").body()).doesNotContain("建国", "13512345678", "lijianguo");

        JsonNode staff = new AdminClient(port).get("/api/admin/tickets/" + id).json();
        assertThat(staff.get("source").asString()).isEqualTo("hotline12345");
        assertThat(staff.get("department").asString()).isEqualTo("区生态环境分局");
        assertThat(staff.get("log").toString()).contains("由 hotline12345 转来", "联系人 李建国");
    }

    @Test
    void theSameReportPostedTwiceIsFoldedIntoTheFirstTicket() throws Exception {
        String tag = tag();
        String first = json(post("/open311/v2/requests.json", report(tag))).get(0).get("service_request_id").asString();
        HttpResponse<String> again = post("/open311/v2/requests.json", report(tag));
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(json(again).get(0).get("service_request_id").asString()).isEqualTo(first);
        assertThat(json(again).get(0).get("service_notice").asString()).contains("已并入");
        assertThat(staffSearch(tag)).isEqualTo(1);
    }

    @Test
    void badInputIs400WithASentenceAndFilesNothing() throws Exception {
        String tag = tag();
        Map<String, Map<String, String>> cases = new LinkedHashMap<>();
        Map<String, String> noPlace = report(tag);
        noPlace.remove("lat");
        noPlace.remove("long");
        noPlace.remove("address_string");
        cases.put("请提供位置：lat 和 long，或 address_string", noPlace);
        Map<String, String> unknown = report(tag);
        unknown.put("service_code", "dragons");
        cases.put("没有这个服务类别：dragons", unknown);
        Map<String, String> badLat = report(tag);
        badLat.put("lat", "北纬34度");
        cases.put("lat 须为数字，收到：北纬34度", badLat);
        Map<String, String> badValue = report(tag);
        badValue.put("attribute[blocks_traffic]", "maybe");
        cases.put("属性 blocks_traffic 的值须为 yes、no 之一，收到：maybe", badValue);
        Map<String, String> unknownAttribute = report(tag);
        unknownAttribute.put("attribute[colour]", "red");
        cases.put("服务 noise 没有属性 colour", unknownAttribute);
        Map<String, String> badMedia = report(tag);
        badMedia.put("media_url", "javascript:alert(1)");
        cases.put("media_url 须为 http(s) 链接", badMedia);
        for (Map.Entry<String, Map<String, String>> c : cases.entrySet()) {
            HttpResponse<String> r = post("/open311/v2/requests.json", c.getValue());
            assertThat(r.statusCode()).as(c.getKey()).isEqualTo(400);
            assertThat(json(r).get(0).get("description").asString()).isEqualTo(c.getKey());
        }
        assertThat(staffSearch(tag)).isZero();
    }

    @Test
    void requestsAreFilteredByIdsStatusAndDates() throws Exception {
        String a = json(post("/open311/v2/requests.json", report(tag()))).get(0).get("service_request_id").asString();
        Map<String, String> other = report(tag());
        other.put("service_code", "illegal-parking");
        other.put("description", "僵尸车长期占用消防通道");
        String b = json(post("/open311/v2/requests.json", other)).get(0).get("service_request_id").asString();

        JsonNode both = json(get("/open311/v2/requests.json?service_request_id=" + a + "," + b + ",WM20200101-0001"));
        assertThat(both.size()).isEqualTo(2);
        assertThat(json(get("/open311/v2/requests.json?service_code=illegal-parking&status=open,closed")).toString())
                .contains(b).doesNotContain(a);
        assertThat(json(get("/open311/v2/requests.json?service_code=noise&status=closed")).toString()).doesNotContain(a);
        assertThat(json(get("/open311/v2/requests.json?service_code=noise&end_date=2020-01-01T00:00:00%2B08:00"
                + "&start_date=2019-12-01T00:00:00Z")).size()).isZero();
        HttpResponse<String> badDate = get("/open311/v2/requests.xml?start_date=yesterday");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(xpath(xml(badDate), "/errors/error/description")).startsWith("start_date 须为带时区的 ISO 8601 时间");
        assertThat(get("/open311/v2/requests.json?status=pending").statusCode()).isEqualTo(400);
    }

    @Test
    void sensitiveWordsInAReportAreMaskedInTheFeedButKeptForStaff() throws Exception {
        String tag = tag();
        Map<String, String> form = report(tag);
        form.put("description", "工地太吵，他媽的天天半夜干活 " + tag);
        String id = json(post("/open311/v2/requests.json", form)).get(0).get("service_request_id").asString();
        assertThat(json(get("/open311/v2/requests/" + id + ".json")).get(0).get("description").asString())
                .isEqualTo("工地太吵，***天天半夜干活 " + tag);
        JsonNode staff = new AdminClient(port).get("/api/admin/tickets/" + id).json();
        assertThat(staff.get("flagged").toString()).isEqualTo("[\"他妈的\"]");
    }

    @Test
    void anOperatorsConsoleApiTokenServesAsAnApiKeyAndAHandlersDoesNot() throws Exception {
        AdminClient admin = new AdminClient(port);
        String name = "网格系统" + tag().substring(0, 4);
        String operatorToken = admin.post("/api/admin/tokens", "{\"name\":\"" + name + "\",\"role\":\"operator\"}")
                .json().get("token").asString();
        Map<String, String> form = report(tag());
        form.put("api_key", operatorToken);
        HttpResponse<String> r = post("/open311/v2/requests.json", form);
        assertThat(r.statusCode()).isEqualTo(201);
        String id = json(r).get(0).get("service_request_id").asString();
        assertThat(admin.get("/api/admin/tickets/" + id).json().get("source").asString()).isEqualTo(name);

        String handlerToken = admin.post("/api/admin/tokens", "{\"name\":\"h" + tag().substring(0, 4)
                + "\",\"role\":\"handler\",\"department\":\"区城市管理局\"}").json().get("token").asString();
        Map<String, String> second = report(tag());
        second.put("api_key", handlerToken);
        assertThat(post("/open311/v2/requests.json", second).statusCode()).isEqualTo(403);
    }

    @Test
    void anotherJurisdictionIs404AndOursIsServed() {
        assertThat(get("/open311/v2/services.json?jurisdiction_id=elsewhere").statusCode()).isEqualTo(404);
        assertThat(get("/open311/v2/services.json?jurisdiction_id=civicchat-test-district").statusCode()).isEqualTo(200);
    }

    static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, String> report(String tag) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", KEY);
        form.put("jurisdiction_id", "civicchat-test-district");
        form.put("service_code", "noise");
        java.util.concurrent.ThreadLocalRandom rnd = java.util.concurrent.ThreadLocalRandom.current();
        form.put("lat", String.format(java.util.Locale.ROOT, "%.5f", rnd.nextDouble(20, 45)));
        form.put("long", String.format(java.util.Locale.ROOT, "%.5f", rnd.nextDouble(90, 130)));
        form.put("address_string", "建设路" + tag + "号工地");
        form.put("description", "夜里工地施工噪声很大 " + tag);
        return form;
    }

    private long staffSearch(String tag) {
        return new AdminClient(port).get("/api/admin/tickets?text=" + tag).json().get("total").asLong();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET());
    }

    HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    static Document xml(HttpResponse<String> r) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
    }

    static String xpath(Document d, String expression) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(expression, d);
    }
}

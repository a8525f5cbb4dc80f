package org.civicchat.open311;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Open311 GeoReport v2 for the district's 12345 hotline and grid systems: discovery, services and their
 * definitions, requests to read (public, nothing personal) and to post (with an {@code api_key}), each as
 * {@code .json} or {@code .xml}; errors in the spec's shape ({@link Open311Errors}).
 */
@RestController
class Open311Controller {

    private static final String FORMAT = "{format:json|xml}";

    private final ServiceCatalog catalog;
    private final RequestFeed feed;
    private final RequestIntake intake;
    private final Open311Settings settings;

    Open311Controller(ServiceCatalog catalog, RequestFeed feed, RequestIntake intake, Open311Settings settings) {
        this.catalog = catalog;
        this.feed = feed;
        this.intake = intake;
        this.settings = settings;
    }

    @GetMapping("/open311/discovery." + FORMAT)
    ResponseEntity<?> discovery(@PathVariable String format) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/open311/v2/").toUriString();
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
        endpoint.put("url", base);
        endpoint.put("changeset", "2026-12-01T00:00:00+08:00");
        endpoint.put("type", "production");
        endpoint.put("formats", List.of("text/xml", "application/json"));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("changeset", "2026-12-01T00:00:00+08:00");
        d.put("contact", settings.contact());
        d.put("key_service", "向" + settings.contact() + "申请 api_key（CIVICCHAT_OPEN311_KEYS）");
        d.put("endpoints", List.of(endpoint));
        return answer(format, "discovery", d);
    }

    @GetMapping("/open311/v2/services." + FORMAT)
    ResponseEntity<?> services(@PathVariable String format,
                               @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        jurisdiction(jurisdiction);
        return answer(format, "services", catalog.services());
    }

    @GetMapping("/open311/v2/services/{code}." + FORMAT)
    ResponseEntity<?> definition(@PathVariable String code, @PathVariable String format,
                                 @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        jurisdiction(jurisdiction);
        return answer(format, "service_definition", catalog.definition(code));
    }

    @GetMapping("/open311/v2/requests." + FORMAT)
    ResponseEntity<?> requests(@PathVariable String format,
                               @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
                               @RequestParam(name = "service_request_id", required = false) String ids,
                               @RequestParam(name = "service_code", required = false) String serviceCode,
                               @RequestParam(name = "start_date", required = false) String startDate,
                               @RequestParam(name = "end_date", required = false) String endDate,
                               @RequestParam(required = false) String status,
                               @RequestParam(name = "page_size", required = false) String pageSize,
                               @RequestParam(required = false) String page) {
        jurisdiction(jurisdiction);
        List<Map<String, Object>> found = ids != null && !ids.isBlank() ? feed.byIds(ids)
                : feed.search(serviceCode, startDate, endDate, status, number("page_size", pageSize, 50),
                number("page", page, 1));
        return answer(format, "service_requests", found);
    }

    @GetMapping("/open311/v2/requests/{id}." + FORMAT)
    ResponseEntity<?> request(@PathVariable String id, @PathVariable String format,
                              @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        jurisdiction(jurisdiction);
        return answer(format, "service_requests", List.of(feed.one(id)));
    }

    /** Form-encoded, as the spec has it (the servlet reads url-encoded and multipart bodies alike). */
    @PostMapping("/open311/v2/requests." + FORMAT)
    ResponseEntity<?> post(@PathVariable String format, HttpServletRequest request) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        request.getParameterMap().forEach((k, v) -> form.put(k, Arrays.asList(v)));
        jurisdiction(form.getFirst("jurisdiction_id"));
        return ResponseEntity.status(201).contentType(Format.of(format).mediaType())
                .body(body(format, "service_requests", List.of(intake.post(form))));
    }

    private void jurisdiction(String given) {
        String ours = settings.jurisdiction() == null ? "" : settings.jurisdiction().strip();
        if (given != null && !given.isBlank() && !ours.isEmpty() && !ours.equals(given.strip())) {
            throw Open311Error.notFound("没有这个辖区：" + given.strip() + "（本系统为 " + ours + "）");
        }
    }

    private static int number(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw Open311Error.badRequest(name + " 须为整数，收到：" + value);
        }
    }

    static ResponseEntity<?> answer(String format, String root, Object value) {
        return ResponseEntity.ok().contentType(Format.of(format).mediaType()).body(body(format, root, value));
    }

    static Object body(String format, String root, Object value) {
        return Format.of(format) == Format.XML ? Open311Writer.xml(root, value) : value;
    }
}

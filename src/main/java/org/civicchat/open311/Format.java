package org.civicchat.open311;

import org.springframework.http.MediaType;

/** The two formats of GeoReport v2, chosen by the path's extension. */
enum Format {
    JSON(MediaType.parseMediaType("application/json;charset=UTF-8")),
    XML(MediaType.parseMediaType("text/xml;charset=UTF-8"));

    private final MediaType mediaType;

    Format(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    MediaType mediaType() {
        return mediaType;
    }

    static Format of(String extension) {
        return switch (extension == null ? "" : extension) {
            case "json" -> JSON;
            case "xml" -> XML;
            default -> throw Open311Error.notFound("不支持的格式：." + extension + "（请用 .json 或 .xml）");
        };
    }

    /** The format of a request path ("…/requests.xml"); JSON when it has none we know. */
    static Format ofPath(String path) {
        return path != null && path.endsWith(".xml") ? XML : JSON;
    }
}

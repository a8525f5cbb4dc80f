package org.civicchat.ticket;

/**
 * One message's contribution to a complaint draft; any field may be null.
 *
 * @param text      the resident's words (typed or WeChat's voice recognition)
 * @param category  the category the understanding found in the words, or null
 * @param location  a place: the substring of the words naming it, or the label of a WeChat location
 * @param mediaId   a photo's WeChat media id (with {@code picUrl}), or null
 */
public record DraftPart(String text, String category, String location, Double latitude, Double longitude,
                        String mediaId, String picUrl) {

    public static DraftPart words(String text, String category, String location) {
        return new DraftPart(text, category, location, null, null, null, null);
    }

    public static DraftPart place(String label, double latitude, double longitude) {
        return new DraftPart(null, null, label, latitude, longitude, null, null);
    }

    public static DraftPart photo(String mediaId, String picUrl) {
        return new DraftPart(null, null, null, null, null, mediaId, picUrl);
    }

    public boolean hasPhoto() {
        return (mediaId != null && !mediaId.isBlank()) || (picUrl != null && !picUrl.isBlank());
    }
}

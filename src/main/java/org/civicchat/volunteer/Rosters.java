package org.civicchat.volunteer;

import org.civicchat.privacy.PersonalData;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Who is on an activity, the organiser's hour adjustments, and the roster as CSV. */
@Component
class Rosters {

    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(VolunteerClock.ZONE);
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private final Activities activities;
    private final VolunteerStore store;

    Rosters(Activities activities, VolunteerStore store) {
        this.activities = activities;
        this.store = store;
    }

    /** @param fullPhones whole numbers for staff whose role may see them; masked otherwise */
    Roster roster(String id, boolean fullPhones) {
        Activity a = activities.get(id);
        VolunteerStore.RosterData data = store.roster(id);
        List<RosterEntry> signed = new ArrayList<>();
        data.signed().forEach(openid -> signed.add(entry(data, openid, fullPhones)));
        List<RosterEntry> waiting = new ArrayList<>();
        data.waiting().forEach(openid -> waiting.add(entry(data, openid, fullPhones)));
        double hours = signed.stream().mapToDouble(e -> e.hours() == null ? 0 : e.hours()).sum();
        long checkedIn = signed.stream().filter(e -> e.checkedInAt() != null).count();
        return new Roster(a.id(), a.title(), signed, waiting, checkedIn, Math.round(hours * 10) / 10.0);
    }

    /** Sets the hours of one person on the roster (by their roster number), 0–24 to the tenth. */
    RosterEntry adjustHours(String id, int no, double hours) {
        activities.get(id);
        if (Double.isNaN(hours) || hours < 0 || hours > 24) {
            throw new InvalidActivity("hours", "服务时长须在0到24小时之间");
        }
        String openid = store.openidOfNumber(id, no)
                .filter(o -> store.isSignedUp(id, o))
                .orElseThrow(() -> new InvalidActivity("no", "报名名单上没有" + no + "号"));
        store.setMinutes(id, openid, Math.round(hours * 60));
        return entry(store.roster(id), openid, false);
    }

    /** The roster as CSV (UTF-8 with BOM for Excel): signed up first, then the waiting list. */
    void csv(String id, boolean fullPhones, Writer out) {
        Roster r = roster(id, fullPhones);
        try {
            out.write('\uFEFF');
            out.write("序号,状态,姓名,手机号,居民,报名时间,签到时间,服务时长(小时)\r\n");
            for (RosterEntry e : r.signedUp()) {
                row(out, e, e.checkedInAt() == null ? "已报名" : "已签到");
            }
            for (RosterEntry e : r.waitlist()) {
                row(out, e, "候补");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Writer out, RosterEntry e, String state) throws IOException {
        out.write(String.join(",", Integer.toString(e.no()), state, cell(e.name()), cell(e.phone()), cell(e.resident()),
                time(e.signedUpAt()), time(e.checkedInAt()), e.hours() == null ? "" : VolunteerTexts.hours(e.hours())));
        out.write("\r\n");
    }

    private static String time(Instant at) {
        return at == null ? "" : CSV_TIME.format(at);
    }

    /** Quotes a cell, and keeps a spreadsheet from reading a name as a formula. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    private static RosterEntry entry(VolunteerStore.RosterData data, String openid, boolean fullPhones) {
        String contact = data.contacts().get(openid);
        String name = null;
        String phone = null;
        if (contact != null) {
            String[] parts = contact.split("\t", -1);
            name = parts[0].isEmpty() ? null : parts[0];
            phone = parts.length > 1 && !parts[1].isEmpty() ? parts[1] : null;
        }
        String checkIn = data.checkIns().get(openid);
        String minutes = data.minutes().get(openid);
        String at = data.signedAt().get(openid);
        return new RosterEntry(Integer.parseInt(data.numbers().getOrDefault(openid, "0")), shortOpenid(openid), name,
                fullPhones || phone == null ? phone : maskPhone(phone),
                at == null ? null : Instant.ofEpochMilli(Long.parseLong(at)),
                checkIn == null ? null : Instant.ofEpochMilli(Long.parseLong(checkIn)),
                minutes == null ? null : Math.round(Long.parseLong(minutes) / 6.0) / 10.0);
    }

    /** Through the one masker of outward text; anything that is not a mobile number is hidden whole. */
    static String maskPhone(String phone) {
        return MOBILE.matcher(phone).matches() ? PersonalData.maskNumbers(phone) : "***";
    }

    static String shortOpenid(String openid) {
        return PersonalData.openid(openid);
    }
}

package org.civicchat.dialog;

import org.civicchat.support.Messages;
import org.civicchat.ticket.Actor;
import org.civicchat.ticket.StaffTickets;
import org.civicchat.ticket.Ticket;
import org.civicchat.ticket.TicketStatus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A small DSL for multi-turn chats: a name, the resident's turns (each with what the reply must and must not
 * say) and the state after the last turn. "{n}" in a text is replaced by a number unique to the run, so a
 * house number never meets a ticket an earlier run left open.
 */
record Dialogue(String name, List<Turn> turns, List<Check> after) {

    @Override
    public String toString() {
        return name;
    }

    static Dialogue dialogue(String name, Object... parts) {
        List<Turn> turns = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof Turn t) {
                turns.add(t);
            } else if (p instanceof Check c) {
                checks.add(c);
            } else {
                throw new IllegalArgumentException("neither a turn nor a check: " + p);
            }
        }
        return new Dialogue(name, List.copyOf(turns), List.copyOf(checks));
    }

    /** What the resident sends: text, a photo, a WeChat location or a menu click; xml builds the message. */
    record Turn(String shown, Message message, List<String> has, List<String> lacks, Pattern starts, Staff staff) {

        Turn replies(String... fragments) {
            List<String> all = new ArrayList<>(has);
            all.addAll(Arrays.asList(fragments));
            return new Turn(shown, message, all, lacks, starts, staff);
        }

        Turn never(String... fragments) {
            List<String> all = new ArrayList<>(lacks);
            all.addAll(Arrays.asList(fragments));
            return new Turn(shown, message, has, all, starts, staff);
        }

        Turn startsWith(String regex) {
            return new Turn(shown, message, has, lacks, Pattern.compile("^(?:" + regex + ")"), staff);
        }
    }

    /** What the office does between two of the resident's turns, to the resident's newest ticket. */
    interface Staff {
        void act(StaffTickets tickets, Ticket newest);
    }

    static Turn staff(String shown, Staff action) {
        return new Turn("[工作人员 " + shown + "]", null, List.of(), List.of(), null, action);
    }

    /** The newest ticket is assigned, started and resolved with a note. */
    static Turn staffResolves(String note) {
        return staff("办结：" + note, (tickets, t) -> {
            Actor op = Actor.staff("dialogue");
            tickets.assign(t.number(), null, null, "张三", op, null);
            tickets.transition(t.number(), TicketStatus.IN_PROGRESS, op, null, null, null);
            tickets.transition(t.number(), TicketStatus.RESOLVED, op, note, null, "after.jpg");
        });
    }

    interface Message {
        String xml(String openid, String unique);
    }

    static Turn say(String text) {
        return new Turn("“" + text + "”", (openid, n) -> Messages.text(openid, text.replace("{n}", n)),
                List.of(), List.of(), null, null);
    }

    static Turn photo() {
        return new Turn("[照片]", (openid, n) -> Messages.image(openid, "media-" + openid + "-" + Messages.nextId()),
                List.of(), List.of(), null, null);
    }

    static Turn location(String label) {
        return new Turn("[位置 " + label + "]", (openid, n) -> Messages.location(openid, 30 + Math.random(),
                120 + Math.random(), label.replace("{n}", n)), List.of(), List.of(), null, null);
    }

    static Turn menu(String key) {
        return new Turn("[菜单 " + key + "]", (openid, n) -> Messages.event(openid, "CLICK", key.replace("{n}", n)),
                List.of(), List.of(), null, null);
    }

    /** What must hold after the last turn. */
    record Check(String shown, Kind kind, int count, Predicate<Ticket> ticket) {
        enum Kind { FILED, DRAFT_OPEN, NO_DRAFT, SURVEY_ON_SCREEN, NO_SURVEY_ON_SCREEN, NEWEST_TICKET }
    }

    static Check filed(int tickets) {
        return new Check(tickets + " 件工单", Check.Kind.FILED, tickets, null);
    }

    static Check draftOpen() {
        return new Check("草稿未关", Check.Kind.DRAFT_OPEN, 0, null);
    }

    static Check noDraft() {
        return new Check("无草稿", Check.Kind.NO_DRAFT, 0, null);
    }

    static Check surveyOnScreen() {
        return new Check("问卷进行中", Check.Kind.SURVEY_ON_SCREEN, 0, null);
    }

    static Check noSurveyOnScreen() {
        return new Check("问卷未在进行", Check.Kind.NO_SURVEY_ON_SCREEN, 0, null);
    }

    static Check newestTicket(String shown, Predicate<Ticket> test) {
        return new Check(shown, Check.Kind.NEWEST_TICKET, 0, test);
    }
}

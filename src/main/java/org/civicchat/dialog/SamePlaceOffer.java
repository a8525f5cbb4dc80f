package org.civicchat.dialog;

import java.util.regex.Pattern;

/**
 * Right after a ticket with a place, the next problem is often at the same place (老刘烧烤店 smokes, and then
 * "他们还把桌子摆到人行道上"): its place is offered once, "是" takes it, anything else is read as usual. The
 * offer is the draft's state {@code offer:<place>}.
 */
final class SamePlaceOffer {

    static final String STATE = "offer:";
    private static final Pattern YES = Pattern.compile(
            "1|是|是的|是啊|是呀|对|对的|对呀|对啊|没错|嗯|嗯嗯|一样|一样的|同一个地方|还是那(?:里|儿|个地方)?|就是那(?:里|儿|个地方)?");

    private SamePlaceOffer() {
    }

    static String state(String place) {
        return STATE + place;
    }

    static boolean offered(String state) {
        return state != null && state.startsWith(STATE);
    }

    static String place(String state) {
        return state.substring(STATE.length());
    }

    static boolean accepts(String text) {
        return YES.matcher(PlaceReading.fold(text)).matches();
    }

    static String ask(String place) {
        return "请问还是在“" + place + "”吗？是的话回复“是”；不是请发具体地址，或点“+”发送微信位置。";
    }

    static String remind(String place) {
        return "刚才反映的问题还是在“" + place + "”吗？回复“是”即可提交，或发具体地址；回复“取消”不再提交。";
    }
}

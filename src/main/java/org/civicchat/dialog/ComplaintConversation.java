package org.civicchat.dialog;

import org.civicchat.nlp.Analysis;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The chat side of 随手拍 and of following tickets: complaint drafts across messages (text, voice, photo,
 * location), filing, "我的工单", "查询 WM…", adding to and withdrawing a ticket, rating a resolved ticket.
 * Placeholder until the ticket feature lands.
 */
@Component
class ComplaintConversation {

    static final String FLOW = "complaint";

    /** The next message of a resident with an open complaint draft or rating question; empty to let it pass. */
    Optional<Reply> continueFlow(Inbound message, SessionStore.OpenFlow flow, Analysis analysis) {
        return Optional.empty();
    }

    Reply onComplaint(Inbound message, Analysis analysis) {
        return Reply.text("收到您反映的问题，工单功能即将上线。");
    }

    Reply onTicketQuery(Inbound message, Analysis analysis) {
        return Reply.text("工单查询功能即将上线。");
    }

    Reply onPhoto(Inbound message) {
        return Reply.text("收到您的照片。请再发一段文字，说说是什么问题、在哪里。");
    }

    Reply onLocation(Inbound message) {
        String label = message.label() == null ? "" : message.label();
        return Reply.text("收到您的位置：" + label + "。请再用文字描述一下问题。");
    }
}

package org.civicchat.dialog;

import org.civicchat.faq.FaqService;
import org.civicchat.menu.MenuKey;
import org.civicchat.privacy.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * A tap on a click button of the account's menu (a CLICK event), by its key ({@link MenuKey}, the menu
 * editor's vocabulary): {@code faq:<id>} answers that entry, {@code survey:<id>} starts that survey,
 * {@code tickets} lists the resident's tickets, {@code volunteer} the upcoming activities,
 * {@code subscribe:<topic>} follows that topic. A key we do not know (an old menu, or a forged event) gets the
 * welcome, which says what the account can do; never silence.
 */
@Component
class MenuClicks {

    private static final Logger log = LoggerFactory.getLogger(MenuClicks.class);
    static final String FAQ_GONE = "这条内容已更新或下线。您可以直接发送您的问题，我们会为您解答。";

    private final FaqService faq;
    private final SurveyConversation surveys;
    private final VolunteerConversation volunteers;
    private final TicketFollowUp tickets;
    private final TopicCommands topics;

    MenuClicks(FaqService faq, SurveyConversation surveys, VolunteerConversation volunteers, TicketFollowUp tickets,
               TopicCommands topics) {
        this.faq = faq;
        this.surveys = surveys;
        this.volunteers = volunteers;
        this.tickets = tickets;
        this.topics = topics;
    }

    Reply onClick(Inbound message) {
        Optional<MenuKey> key = MenuKey.parse(message.eventKey());
        if (key.isEmpty()) {
            // "topic:<t>" came before subscribe:<t>; a menu published then still sends it
            return surveys.onMenuClick(message).orElseGet(() -> Reply.text(Replies.WELCOME));
        }
        String openid = message.openid();
        try {
            return switch (key.get().kind()) {
                case FAQ -> faq.answerById(key.get().argument()).map(entry -> Reply.text(faq.render(entry)))
                        .orElseGet(() -> Reply.text(FAQ_GONE));
                case SURVEY -> surveys.onMenuClick(message).orElseGet(() -> Reply.text(Replies.WELCOME));
                case VOLUNTEER -> volunteers.onMenuClick(message).orElseGet(() -> Reply.text(Replies.WELCOME));
                case TICKETS -> tickets.myTickets(openid);
                case SUBSCRIBE -> topics.follow(openid, key.get().argument());
            };
        } catch (RuntimeException e) {
            log.error("Menu key {} from {} failed: {}", key.get().kind(), LogSafe.openid(openid), e.toString());
            return Reply.text(Conversation.SORRY);
        }
    }
}

package org.civicchat.menu;

import org.civicchat.faq.FaqService;
import org.civicchat.notice.NoticeService;
import org.civicchat.shared.WechatApiError;
import org.civicchat.survey.SurveyService;
import org.civicchat.survey.UnknownSurvey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The account's custom menu for the office: read the live one, publish a new one. A menu is checked
 * ({@link MenuRules}) before WeChat is called, and nothing changes when it is refused, by us or by WeChat.
 */
@Service
public class MenuService {

    private static final Logger log = LoggerFactory.getLogger(MenuService.class);

    private final MenuPublisher publisher;
    private final MenuRules rules;

    MenuService(MenuPublisher publisher, FaqService faq, SurveyService surveys, NoticeService notices) {
        this.publisher = publisher;
        this.rules = new MenuRules(new MenuRules.Targets(id -> faq.answerById(id).isPresent(),
                id -> surveyExists(surveys, id), notices.topics()));
    }

    /** The menu residents see now; empty when the account has none. @throws MenuRefused */
    public WechatMenu live() {
        try {
            return publisher.live().orElse(WechatMenu.empty());
        } catch (WechatApiError e) {
            throw refused("read", e);
        }
    }

    /**
     * Replaces the live menu with this one.
     *
     * @return the menu as published (names, keys and addresses trimmed)
     * @throws InvalidMenu before WeChat is called; @throws MenuRefused when WeChat says no
     */
    public WechatMenu publish(WechatMenu menu) {
        WechatMenu checked = rules.check(menu);
        try {
            publisher.publish(checked);
        } catch (WechatApiError e) {
            throw refused("publish", e);
        }
        log.info("Published the custom menu: {} top-level buttons", checked.button().size());
        return checked;
    }

    private static MenuRefused refused(String what, WechatApiError e) {
        log.warn("WeChat refused to {} the menu: {}", what, e.getMessage());
        return new MenuRefused(e.code(), MenuErrors.chinese(e.code()), e);
    }

    private static boolean surveyExists(SurveyService surveys, String id) {
        try {
            surveys.definition(id);
            return true;
        } catch (UnknownSurvey e) {
            return false;
        }
    }
}

package org.civicchat.volunteer;

import org.civicchat.notice.NoticeService;
import org.springframework.stereotype.Component;

/** Who lives where, as far as the office told the notices' community audiences. */
interface Communities {

    boolean lists(String community, String openid);

    /** The notices' community audiences (filled by the office over the notices API). */
    @Component
    class FromNotices implements Communities {

        private final NoticeService notices;

        FromNotices(NoticeService notices) {
            this.notices = notices;
        }

        @Override
        public boolean lists(String community, String openid) {
            return notices.inCommunity(community, openid);
        }
    }
}

package org.civicchat.wechat;

import org.civicchat.notice.WechatMass;
import org.civicchat.notice.WechatTags;

/** Tags and mass sends come from one place (WeChat, or the sandbox), so one bean serves both of notice's ports. */
interface WechatAudiences extends WechatTags, WechatMass {
}

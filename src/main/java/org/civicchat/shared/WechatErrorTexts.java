package org.civicchat.shared;

/**
 * What an operator reads when the WeChat API refuses a call for a reason any API shares (busy, no network,
 * no permission, bad credentials). Each feature adds the codes of its own endpoints.
 */
public final class WechatErrorTexts {

    private WechatErrorTexts() {
    }

    /** The Chinese sentence for a code every endpoint can answer, else WeChat's code named in a polite sentence. */
    public static String general(int code) {
        return switch (code) {
            case 0 -> "暂时连不上微信接口，请稍后再试。";
            case -1 -> "微信系统繁忙，请稍后再试。";
            case 40001, 40125, 42001 -> "微信接口的凭证无效或已过期，请检查公众号的 AppSecret 配置后再试。";
            case 40164 -> "本服务器的 IP 不在公众号的 IP 白名单中，请在微信公众平台添加后再试。";
            case 45009 -> "今天调用这个微信接口的次数已达上限，请明天再试。";
            case 48001 -> "公众号没有这个接口的权限（需认证的服务号或订阅号），请在微信公众平台确认。";
            case 50001, 50002 -> "公众号没有这个接口的权限，请在微信公众平台确认。";
            default -> "微信拒绝了这次操作（错误码 " + code + "），请稍后再试或联系技术人员。";
        };
    }
}

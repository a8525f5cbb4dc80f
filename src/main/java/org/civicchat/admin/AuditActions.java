package org.civicchat.admin;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a staff change was, in words an office reads in the audit log ("办结工单 WM20261201-0042", "修改问答
 * faq-12"), from the request's method and path; the outcome as 成功 or 未成功 with the reason. One table, most
 * specific first; a path it does not know reads "提交/修改/删除 &lt;path&gt;".
 */
final class AuditActions {

    private record Rule(String method, Pattern path, String words) {
    }

    private static final List<Rule> RULES = List.of(
            rule("POST", "/api/admin/tickets/([^/]+)/transitions", "变更工单状态 %s"),
            rule("POST", "/api/admin/tickets/([^/]+)/assign", "派发工单 %s"),
            rule("POST", "/api/admin/tickets/([^/]+)/notes", "为工单 %s 添加备注"),
            rule("POST", "/api/admin/tickets/([^/]+)/merge", "合并工单 %s"),
            rule("POST", "/api/admin/tickets/([^/]+)/split", "拆分工单 %s"),
            rule("POST", "/api/admin/tickets/([^/]+)/photos", "为工单 %s 上传照片"),
            rule("POST", "/api/admin/faq/try", "试问问答库"),
            rule("POST", "/api/admin/faq", "新增问答"),
            rule("PUT", "/api/admin/faq/([^/]+)", "修改问答 %s"),
            rule("POST", "/api/admin/surveys/([^/]+)/close", "结束问卷 %s"),
            rule("POST", "/api/admin/surveys/([^/]+)/open", "重新开放问卷 %s"),
            rule("POST", "/api/admin/surveys/([^/]+)/invite", "发送问卷 %s 的邀请"),
            rule("POST", "/api/admin/surveys", "新建问卷"),
            rule("PUT", "/api/admin/surveys/([^/]+)/campaign", "设问卷 %s 为测评问卷"),
            rule("DELETE", "/api/admin/surveys/([^/]+)/campaign", "取消问卷 %s 的测评问卷标记"),
            rule("POST", "/api/admin/notices", "发送通知"),
            rule("POST", "/api/admin/notices/tags", "创建微信标签"),
            rule("POST", "/api/admin/notices/tags/([^/]+)/untag", "为微信标签 %s 移除居民"),
            rule("POST", "/api/admin/notices/tags/([^/]+)/sync", "按微信同步标签 %s"),
            rule("PUT", "/api/admin/wechat/menu", "发布公众号菜单"),
            rule("PUT", "/api/admin/notices/groups/([^/]+)/([^/]+)", "向%s分组 %s 添加居民"),
            rule("PUT", "/api/admin/moderation/words", "修改敏感词"),
            rule("POST", "/api/admin/users", "新建账号"),
            rule("POST", "/api/admin/users/([^/]+)/unlock", "解锁账号 %s"),
            rule("PUT", "/api/admin/users/([^/]+)", "修改账号 %s"),
            rule("POST", "/api/admin/tokens", "新建访问令牌"),
            rule("DELETE", "/api/admin/tokens/([^/]+)", "吊销访问令牌 %s"),
            rule("POST", "/api/admin/nlu/analyze", "分析一句话"));

    private AuditActions() {
    }

    private static Rule rule(String method, String path, String words) {
        return new Rule(method, Pattern.compile(path), words);
    }

    static String describe(String method, String uri) {
        for (Rule r : RULES) {
            Matcher m = r.path().matcher(uri);
            if (r.method().equals(method) && m.matches()) {
                Object[] groups = new Object[m.groupCount()];
                for (int i = 0; i < groups.length; i++) {
                    groups[i] = m.group(i + 1);
                }
                return String.format(r.words(), groups);
            }
        }
        String verb = switch (method) {
            case "PUT", "PATCH" -> "修改";
            case "DELETE" -> "删除";
            default -> "提交";
        };
        return verb + " " + uri;
    }

    static String outcome(int status) {
        if (status >= 200 && status < 300) {
            return "成功";
        }
        String why = switch (status) {
            case 400 -> "内容有误";
            case 401 -> "未登录";
            case 403 -> "没有权限";
            case 404 -> "对象不存在";
            case 409 -> "状态已变化";
            case 413 -> "文件太大";
            case 429 -> "操作太频繁";
            case 503 -> "存储暂不可用";
            default -> "出错";
        };
        return "未成功（" + why + "，" + status + "）";
    }
}

package org.civicchat.admin;

import org.civicchat.menu.InvalidMenu;
import org.civicchat.menu.MenuRefused;
import org.civicchat.menu.MenuService;
import org.civicchat.menu.WechatMenu;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The account's custom menu in WeChat's own JSON ({@code {"button": [...]}}): GET reads the live one back from
 * WeChat, PUT checks and publishes a new one. Errors are RFC 9457 problems with a Chinese {@code detail}.
 */
@RestController
class WechatMenuApi {

    private final MenuService menus;

    WechatMenuApi(MenuService menus) {
        this.menus = menus;
    }

    @GetMapping("/api/admin/wechat/menu")
    WechatMenu live() {
        return menus.live();
    }

    @PutMapping("/api/admin/wechat/menu")
    WechatMenu publish(@RequestBody WechatMenu menu) {
        return menus.publish(menu);
    }

    @RestControllerAdvice(assignableTypes = WechatMenuApi.class)
    static class Errors {

        @ExceptionHandler(InvalidMenu.class)
        ProblemDetail invalid(InvalidMenu e) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
            p.setTitle("菜单有误，未发布");
            return p;
        }

        @ExceptionHandler(MenuRefused.class)
        ProblemDetail refused(MenuRefused e) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(
                    e.aboutTheMenu() ? HttpStatus.BAD_REQUEST : HttpStatus.BAD_GATEWAY, e.getMessage());
            p.setTitle("微信未接受，菜单未改变");
            p.setProperty("wechatCode", e.code());
            return p;
        }

        @ExceptionHandler(HttpMessageNotReadableException.class)
        ProblemDetail unreadable(HttpMessageNotReadableException e) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "菜单内容无法识别：请发送微信菜单格式的 JSON，如 {\"button\":[{\"type\":\"click\",\"name\":\"我的工单\",\"key\":\"tickets\"}]}");
            p.setTitle("请求格式有误");
            return p;
        }
    }
}

package org.civicchat.wechat;

import jakarta.servlet.http.HttpServletRequest;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import org.civicchat.dialog.Conversation;
import org.civicchat.dialog.Inbound;
import org.civicchat.privacy.LogSafe;
import org.civicchat.dialog.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * WeChat's callback URL. Everything is checked before anything is processed: the app id, the body size,
 * the clock (replays), the signatures, the XML's depth (before any parser) and DOCTYPE, the encrypt mode
 * ({@link EncryptMode}: in safe mode a plain body is refused), the ciphertext. A refusal changes nothing.
 */
@RestController
class PortalController {

    private static final Logger log = LoggerFactory.getLogger(PortalController.class);
    private static final MediaType XML_UTF8 = new MediaType("application", "xml", StandardCharsets.UTF_8);

    private final WechatSettings settings;
    private final EncryptMode mode;
    private final MessageCrypto crypto;
    private final Conversation conversation;
    private final PortalClock clock;

    PortalController(WechatSettings settings, Conversation conversation, PortalClock clock) {
        this.settings = settings;
        this.mode = settings.mode();
        this.crypto = settings.hasAesKey() ? new MessageCrypto(settings.aesKey(), settings.appId()) : null;
        this.conversation = conversation;
        this.clock = clock;
    }

    @GetMapping(value = "/wx/portal/{appid}", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> verifyUrl(@PathVariable String appid,
                                     @RequestParam(required = false) String signature,
                                     @RequestParam(required = false) String timestamp,
                                     @RequestParam(required = false) String nonce,
                                     @RequestParam(required = false) String echostr) {
        requireOurApp(appid);
        if (timestamp == null || nonce == null || echostr == null
                || !WechatSignature.matches(signature, settings.token(), timestamp, nonce)) {
            throw new PortalRejection(HttpStatus.FORBIDDEN, "bad signature");
        }
        return ResponseEntity.ok(echostr);
    }

    @PostMapping(value = "/wx/portal/{appid}", produces = "application/xml;charset=UTF-8")
    ResponseEntity<String> receive(@PathVariable String appid,
                                   @RequestParam(required = false) String signature,
                                   @RequestParam(required = false) String timestamp,
                                   @RequestParam(required = false) String nonce,
                                   @RequestParam(name = "encrypt_type", required = false) String encryptType,
                                   @RequestParam(name = "msg_signature", required = false) String msgSignature,
                                   HttpServletRequest request) throws IOException {
        requireOurApp(appid);
        String body = readBody(request);
        requireFresh(timestamp);
        if (nonce == null || !WechatSignature.matches(signature, settings.token(), timestamp, nonce)) {
            throw new PortalRejection(HttpStatus.FORBIDDEN, "bad signature");
        }
        XmlDepthLimit.check(body);
        boolean encrypted = "aes".equalsIgnoreCase(encryptType);
        requireMode(encrypted);
        WxMpXmlMessage outer = WechatXml.parse(body);
        if (!encrypted && outer.getEncrypt() != null) {
            throw new PortalRejection(HttpStatus.FORBIDDEN, "an Encrypt element without encrypt_type=aes");
        }
        WxMpXmlMessage fields = encrypted ? decrypt(outer, timestamp, nonce, msgSignature) : outer;
        Inbound message = InboundXml.toInbound(fields);

        Reply reply = conversation.handle(message);
        if (reply.isEmpty()) {
            return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("success");
        }
        String xml = ReplyXml.plain(reply, message.openid(), message.account());
        if (encrypted) {
            xml = ReplyXml.encrypted(xml, crypto, settings.token(), nonce);
        }
        return ResponseEntity.ok().contentType(XML_UTF8).body(xml);
    }

    private WxMpXmlMessage decrypt(WxMpXmlMessage outer, String timestamp, String nonce, String msgSignature) {
        String encrypt = outer.getEncrypt();
        if (encrypt == null || encrypt.isBlank()) {
            if (mode == EncryptMode.SAFE) {
                throw new PortalRejection(HttpStatus.FORBIDDEN, "safe mode: no Encrypt element");
            }
            throw new MalformedMessage("encrypt_type=aes without Encrypt");
        }
        if (!WechatSignature.matches(msgSignature, settings.token(), timestamp, nonce, encrypt)) {
            throw new PortalRejection(HttpStatus.FORBIDDEN, "bad msg_signature");
        }
        return WechatXml.parse(crypto.decrypt(encrypt));
    }

    /** Safe mode takes only encrypted bodies, plain mode only plain ones; compatible takes both. */
    private void requireMode(boolean encrypted) {
        if (mode == EncryptMode.SAFE && !encrypted) {
            throw new PortalRejection(HttpStatus.FORBIDDEN, "safe mode: plain message refused");
        }
        if (mode == EncryptMode.PLAIN && encrypted) {
            throw new PortalRejection(HttpStatus.FORBIDDEN, "plain mode: encrypted message refused");
        }
    }

    private void requireOurApp(String appid) {
        if (!settings.appId().equals(appid)) {
            throw new PortalRejection(HttpStatus.NOT_FOUND, "unknown app id");
        }
    }

    private void requireFresh(String timestamp) {
        long sent;
        try {
            sent = Long.parseLong(timestamp);
        } catch (NumberFormatException | NullPointerException e) {
            throw new PortalRejection(HttpStatus.FORBIDDEN, "missing or bad timestamp");
        }
        long skew = Math.abs(clock.epochSeconds() - sent);
        if (skew > settings.maxClockSkew().toSeconds()) {
            throw new PortalRejection(HttpStatus.FORBIDDEN, "timestamp outside the replay window");
        }
    }

    private String readBody(HttpServletRequest request) throws IOException {
        int limit = settings.maxBodyBytes();
        if (request.getContentLengthLong() > limit) {
            throw new PortalRejection(HttpStatus.BAD_REQUEST, "body over " + limit + " bytes");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(256, request.getContentLength()));
        byte[] buffer = new byte[8192];
        try (InputStream in = request.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                if (out.size() + n > limit) {
                    throw new PortalRejection(HttpStatus.BAD_REQUEST, "body over " + limit + " bytes");
                }
                out.write(buffer, 0, n);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(out.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new PortalRejection(HttpStatus.BAD_REQUEST, "body is not valid UTF-8");
        }
    }

    @ExceptionHandler(PortalRejection.class)
    ResponseEntity<String> rejected(PortalRejection e) {
        log.info("Portal refused a request: {} ({})", e.status().value(), e.getMessage());
        return ResponseEntity.status(e.status()).contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
    }

    @ExceptionHandler({MalformedMessage.class, MessageCrypto.BadCiphertext.class})
    ResponseEntity<String> malformed(RuntimeException e) {
        log.info("Portal refused a malformed message: {}", LogSafe.text(e.getMessage()));
        return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body("malformed message");
    }
}

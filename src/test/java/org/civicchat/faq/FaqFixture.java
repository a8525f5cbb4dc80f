package org.civicchat.faq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small FAQ and one policy document written into a folder, for tests that must not depend on the real content. */
final class FaqFixture {

    static final String DOCUMENT_TITLE = "测试政策文件（2024年）";

    static final String BEHAVIOUR = """
            # 文明行为
            - id: dog-walking-rules
              question: 出门遛狗需要注意什么？
              alternates:
                - 遛狗要拴绳吗
                - 遛狗有哪些规定
                - 狗狗的粪便要主人清理吗
              answer: 遛狗要牵绳，佩戴犬牌，及时清理粪便。
              next: 想了解养犬登记，可以问我“狗证怎么办”。
            - id: garbage-four-classes
              question: 生活垃圾分成哪几类？
              alternates: [垃圾分类怎么分, 垃圾有哪几类]
              answer: 生活垃圾分为可回收物、有害垃圾、厨余垃圾、其他垃圾四类。
              links:
                - {title: 垃圾分类指南, url: "https://example.org/garbage"}
            """;

    static final String VOLUNTEER = """
            - id: volunteer-register
              question: 怎么注册成为志愿者？
              alternates: [志愿者在哪里报名, 注册志愿者的流程]
              answer: 可以在中国志愿服务网实名注册，也可以到新时代文明实践站报名。
            - id: volunteer-hours
              question: 志愿服务时长怎么查询？
              alternates: [志愿者时长在哪查, 志愿者服务时间怎么记录]
              answer: 时长由组织方记录，可在平台查询并开具证明。
            - id: volunteer-activities
              question: 志愿者一般参加哪些活动？
              alternates: [志愿者平时做什么]
              answer: 文明交通劝导、环境清洁、关爱老人等。
            """;

    static final String DOCUMENT = """
            要用好科技手段，更好地运用大数据、云计算、区块链、人工智能等前沿技术，推动城市管理手段、管理模式、管理理念创新。积极拓展*智慧城管、智慧交管、智慧应急等智慧场景应用，进一步提升创建工作质效。
            要加大宣传引导力度，增强市民“主人翁”意识。
            """;

    private FaqFixture() {
    }

    /** Writes the fixture under {@code root} and returns settings that read it. */
    static FaqSettings write(Path root) {
        Path faq = root.resolve("faq");
        Path seeds = root.resolve("seeds");
        write(faq.resolve("behaviour.yaml"), BEHAVIOUR);
        write(faq.resolve("volunteer.yaml"), VOLUNTEER);
        write(seeds.resolve("policy.txt"), DOCUMENT);
        write(seeds.resolve(SeedLoader.TITLES_FILE), "file\ttitle\npolicy.txt\t" + DOCUMENT_TITLE + "\n");
        return FaqSettings.defaults().withDirs(faq, seeds);
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

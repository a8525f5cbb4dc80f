package org.civicchat.dialog;

import org.civicchat.nlp.Analysis;

import java.util.regex.Pattern;

/**
 * 昨天去看了光影秀，拍了好多照片; 我刚学会垃圾分类，挺有意思的: a resident telling what they did or how they felt,
 * asking nothing, wishing to know nothing and naming no rule. The FAQ entry its words are near is not what it asks.
 */
final class ExperienceTold {

    /** A verb done (看了, 去过) or a feeling (好看, 有意思). 为了, 除了 and 了解 are no deed. */
    private static final Pattern DONE_OR_FELT = Pattern.compile(
            "(?<![为除])\\p{IsHan}(?:了|过)(?!解)|好看|有意思|开心|高兴|不错|真好|挺好|太棒|漂亮|喜欢|感动|自豪");
    /** Wanting to know or do, asking for something, or a rule's modal (必须, 可以): not only telling. */
    private static final Pattern WANTS = Pattern.compile(
            "想|要|请|问|了解|介绍|告诉|说说|讲讲|说下|查|求|帮|应该|该|需要|必须|能|可以|怎|咋|吗|呢|么|？|\\?");

    private ExperienceTold() {
    }

    static boolean read(Analysis analysis) {
        String text = analysis.normalized();
        return !analysis.questionForm() && DONE_OR_FELT.matcher(text).find() && !WANTS.matcher(text).find();
    }
}

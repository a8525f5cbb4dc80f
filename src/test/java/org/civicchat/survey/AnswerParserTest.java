package org.civicchat.survey;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What residents type, and the options it means ("-" for no answer). */
class AnswerParserTest {

    static final Question SINGLE = new Question("q", "single", "?", List.of("全国文明城市", "全国文明典范城市", "网格化管理"),
            null, null, null, null);
    static final Question MULTI = new Question("q", "multi", "?", List.of("农贸市场", "背街小巷", "交通场站", "学校和医院"),
            null, null, null, null);
    static final Question RATING = new Question("q", "rating", "?", null, null, null, null, null);
    static final Question TEXT = new Question("q", "text", "?", null, null, null, null, null);

    @ParameterizedTest(name = "single \"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "2|1", "２|1", "第2个|1", "第二个|1", "第三项|2", "2。|1", " 1 |0",
            "全国文明典范城市|1", "全国文明城市|0", "网格化|2", "是网格化管理吧|2",
            "4|-", "0|-", "2、3|-", "文明|-", "好的|-", "''|-"})
    void singleChoice(String said, String expected) {
        assertThat(parse(SINGLE, said)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "multi \"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "2、3|1,2", "2,3|1,2", "２，３|1,2", "1 4|0,3", "3、1|0,2", "13|0,2", "第1个和第3个|0,2",
            "农贸市场、背街小巷|0,1", "学校和医院|3", "1、1|0", "1、7|-", "1、文明|-"})
    void multipleChoice(String said, String expected) {
        assertThat(parse(MULTI, said)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "rating \"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "5|5", "５|5", "5分|5", "五星|5", "一|1", "非常满意|5", "满意|4", "非常不满意|1", "一般|3",
            "6|-", "0|-", "很好|-"})
    void rating(String said, String expected) {
        assertThat(parse(RATING, said)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "text \"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', value = {"多组织活动|多组织活动", "跳过|''", "无|''"})
    void text(String said, String expected) {
        assertThat(AnswerParser.parse(TEXT, said)).map(Answer::text).contains(expected);
    }

    private static String parse(Question q, String said) {
        Optional<Answer> answer = AnswerParser.parse(q, said);
        return answer.map(a -> String.join(",", a.picks().stream().map(String::valueOf).toList())).orElse("-");
    }

    static List<Integer> ints(String csv) {
        return Arrays.stream(csv.split(",")).map(Integer::valueOf).toList();
    }
}

package org.civicchat.survey;

import org.civicchat.store.RedisScript;
import org.springframework.stereotype.Component;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ZAddParams;
import redis.clients.jedis.resps.Tuple;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Surveys in Redis. Every key of one survey carries the survey id as hash tag, so the completing script
 * touches one slot. No key holds an openid: a resident appears only as the survey's pseudonym.
 * <pre>
 * cc:survey:index                         zset   survey id → created (ms)
 * cc:survey:{id}:def                      string the definition as JSON
 * cc:survey:{id}:meta                     hash   status (open|closed), secret (pseudonym key), created
 * cc:survey:{id}:progress:{pseudonym}     hash   next (question index), one field per answered question; 30 days
 * cc:survey:{id}:done                     zset   pseudonym → completed (ms): one answer set per resident
 * cc:survey:{id}:resp:{pseudonym}         hash   question id → encoded answer, written once on completion
 * cc:survey:{id}:tally                    hash   responses, q:&lt;option&gt;, q:n, q:ok, q:sum, q:yes counters
 * cc:survey:{id}:quota                    hash   quota option → completed answer sets
 * cc:survey:campaign                      string id of the survey the office marked as the campaign's measure
 * </pre>
 */
@Component
class SurveyStore {

    private static final String PREFIX = "cc:survey:";
    private static final String INDEX = PREFIX + "index";
    private static final String CAMPAIGN = PREFIX + "campaign";
    private static final Duration PROGRESS_TTL = Duration.ofDays(30);
    private static final int CHUNK = 500;

    /** Records one completed answer set and its tallies at once, or nothing when already done or over quota. */
    private static final RedisScript COMPLETE = new RedisScript("""
            if redis.call('ZSCORE', KEYS[1], ARGV[1]) then return 0 end
            local limit = tonumber(ARGV[4])
            if limit > 0 then
              local used = tonumber(redis.call('HGET', KEYS[5], ARGV[3]) or '0')
              if used >= limit then return -1 end
              redis.call('HINCRBY', KEYS[5], ARGV[3], 1)
            end
            redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
            local i = 6
            for j = 1, tonumber(ARGV[5]) do
              redis.call('HSET', KEYS[3], ARGV[i], ARGV[i + 1])
              i = i + 2
            end
            while i <= #ARGV do
              redis.call('HINCRBY', KEYS[2], ARGV[i], ARGV[i + 1])
              i = i + 2
            end
            redis.call('HINCRBY', KEYS[2], 'responses', 1)
            redis.call('DEL', KEYS[4])
            return 1
            """);

    private static final RedisScript CLEAR_CAMPAIGN_IF = new RedisScript("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0
            """);

    private final UnifiedJedis redis;

    SurveyStore(UnifiedJedis redis) {
        this.redis = redis;
    }

    private static String key(String surveyId, String part) {
        return PREFIX + "{" + surveyId + "}:" + part;
    }

    /** Stores the definition; the first save also opens the survey and draws its pseudonym secret. */
    void save(String surveyId, String definitionJson, String newSecret, long now) {
        redis.set(key(surveyId, "def"), definitionJson);
        String meta = key(surveyId, "meta");
        redis.hsetnx(meta, "secret", newSecret);
        redis.hsetnx(meta, "created", Long.toString(now));
        redis.hset(meta, "status", "open");
        redis.zadd(INDEX, now, surveyId, ZAddParams.zAddParams().nx());
    }

    Optional<Stored> find(String surveyId) {
        String json = redis.get(key(surveyId, "def"));
        if (json == null) {
            return Optional.empty();
        }
        Map<String, String> meta = redis.hgetAll(key(surveyId, "meta"));
        return Optional.of(new Stored(json, meta.getOrDefault("status", "open"), meta.get("secret"),
                Long.parseLong(meta.getOrDefault("created", "0"))));
    }

    /** Survey ids, newest first. */
    List<String> ids() {
        return redis.zrevrange(INDEX, 0, -1);
    }

    /** The id of the survey marked as the campaign's measure, if any. */
    Optional<String> campaign() {
        return Optional.ofNullable(redis.get(CAMPAIGN));
    }

    void setCampaign(String surveyId) {
        redis.set(CAMPAIGN, surveyId);
    }

    /** Clears the mark only when it is on {@code surveyId}; @return whether it was. */
    boolean clearCampaign(String surveyId) {
        return CLEAR_CAMPAIGN_IF.run(redis, List.of(CAMPAIGN), List.of(surveyId)) instanceof Number n && n.longValue() == 1;
    }

    void setStatus(String surveyId, String status) {
        redis.hset(key(surveyId, "meta"), "status", status);
    }

    long responses(String surveyId) {
        return redis.zcard(key(surveyId, "done"));
    }

    boolean completed(String surveyId, String pseudonym) {
        return redis.zscore(key(surveyId, "done"), pseudonym) != null;
    }

    Map<String, String> progress(String surveyId, String pseudonym) {
        return redis.hgetAll(key(surveyId, "progress:" + pseudonym));
    }

    void saveProgress(String surveyId, String pseudonym, Map<String, String> fields) {
        String key = key(surveyId, "progress:" + pseudonym);
        redis.hset(key, fields);
        redis.expire(key, PROGRESS_TTL.toSeconds());
    }

    long quotaUsed(String surveyId, String option) {
        String used = redis.hget(key(surveyId, "quota"), option);
        return used == null ? 0 : Long.parseLong(used);
    }

    /**
     * @return 1 recorded, 0 this pseudonym had already completed the survey, -1 the quota option is full
     */
    long complete(String surveyId, String pseudonym, long now, String quotaOption, int quotaLimit,
                  Map<String, String> answers, Map<String, Long> tallies) {
        List<String> args = new ArrayList<>(List.of(pseudonym, Long.toString(now),
                quotaOption == null ? "" : quotaOption, Integer.toString(quotaLimit), Integer.toString(answers.size())));
        answers.forEach((question, answer) -> {
            args.add(question);
            args.add(answer);
        });
        tallies.forEach((field, by) -> {
            args.add(field);
            args.add(Long.toString(by));
        });
        Object result = COMPLETE.run(redis, List.of(key(surveyId, "done"), key(surveyId, "tally"),
                key(surveyId, "resp:" + pseudonym), key(surveyId, "progress:" + pseudonym), key(surveyId, "quota")), args);
        return ((Number) result).longValue();
    }

    Map<String, String> tally(String surveyId) {
        return redis.hgetAll(key(surveyId, "tally"));
    }

    /** Every completed answer set in completion order: pseudonym and completion time, then its answers. */
    void forEachResponse(String surveyId, Consumer<Completed> each) {
        String done = key(surveyId, "done");
        long total = redis.zcard(done);
        for (long start = 0; start < total; start += CHUNK) {
            List<Tuple> page = redis.zrangeWithScores(done, start, start + CHUNK - 1);
            List<Response<Map<String, String>>> answers = new ArrayList<>(page.size());
            try (AbstractPipeline pipeline = redis.pipelined()) {
                for (Tuple t : page) {
                    answers.add(pipeline.hgetAll(key(surveyId, "resp:" + t.getElement())));
                }
                pipeline.sync();
            }
            for (int i = 0; i < page.size(); i++) {
                each.accept(new Completed(page.get(i).getElement(), (long) page.get(i).getScore(), answers.get(i).get()));
            }
        }
    }

    /** One completed answer set: the pseudonym, when (ms), question id → encoded answer. */
    record Completed(String pseudonym, long at, Map<String, String> answers) {
    }

    /** What is kept of one survey besides its answers. */
    record Stored(String definitionJson, String status, String secret, long created) {
    }
}

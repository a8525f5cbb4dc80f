-- wrk script for bench/wrk.sh: cycles through a pool of pre-signed, pre-encrypted callbacks.
-- Pool lines are "path<TAB>body" (an empty body means GET). Thread t of n takes lines t, t+n, t+2n, …
-- Environment: POOL (file), RATE (requests/s over all threads, 0 = closed loop), SAMPLE_EVERY (write every
-- Nth reply body to SAMPLE_DIR/samples-<SAMPLE_NAME>-<thread>.txt, 0 = none), RESULT (file for the one-line summary).
-- Pacing (RATE > 0): each thread keeps a timetable at RATE/threads requests per second; delay() returns the
-- time until the request's slot (LuaJIT's ffi reads CLOCK_MONOTONIC). wrk measures latency from the actual
-- send, so give the run many connections: a connection held by a slow reply does not hold the timetable.
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } wrk_timespec;
int clock_gettime(int clk_id, wrk_timespec *tp);
]]
local ts = ffi.new("wrk_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, ts)
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

local threads = {}
local count = 0

function setup(thread)
  count = count + 1
  thread:set("tid", count)
  table.insert(threads, thread)
end

-- globals, so done() can read them from each thread with thread:get()
pool, idx, wrapped, interval, next_slot, sample_every, sample_file, seen, late, behind = nil
local nthreads = tonumber(os.getenv("THREADS") or "2")

function init(args)
  pool = {}
  local n = 0
  for line in io.lines(os.getenv("POOL")) do
    if n % nthreads == tid - 1 then
      local tab = line:find("\t", 1, true)
      local path, body = line:sub(1, tab - 1), line:sub(tab + 1)
      if body == "" then
        pool[#pool + 1] = wrk.format("GET", path)
      else
        pool[#pool + 1] = wrk.format("POST", path, { ["Content-Type"] = "text/xml" }, body)
      end
    end
    n = n + 1
  end
  idx, wrapped, seen, late, behind = 0, 0, 0, 0, 0
  local rate = tonumber(os.getenv("RATE") or "0")
  if rate > 0 then
    interval = 1000.0 * nthreads / rate
    next_slot = now_ms()
  end
  sample_every = tonumber(os.getenv("SAMPLE_EVERY") or "0")
  if sample_every > 0 then
    sample_file = io.open((os.getenv("SAMPLE_DIR") or ".") .. "/samples-" .. (os.getenv("SAMPLE_NAME") or "run") .. "-" .. tid .. ".txt", "w")
  end
end

function request()
  idx = idx + 1
  if idx > #pool then
    idx = 1
    wrapped = wrapped + 1
  end
  return pool[idx]
end

if (tonumber(os.getenv("RATE") or "0")) > 0 then
  function delay()
    next_slot = next_slot + interval
    local d = next_slot - now_ms()
    if d < 0 then
      if d < -interval then behind = behind + 1 end
      return 0
    end
    return d
  end
end

function response(status, headers, body)
  seen = seen + 1
  if body == "success" then late = late + 1 end
  if sample_file and seen % sample_every == 0 then
    sample_file:write((body:gsub("\n", "\\n")), "\n")
    sample_file:flush()
  end
end

function done(summary, latency, requests)
  local wraps, lates, behinds = 0, 0, 0
  for _, t in ipairs(threads) do
    wraps = wraps + (t:get("wrapped") or 0)
    lates = lates + (t:get("late") or 0)
    behinds = behinds + (t:get("behind") or 0)
  end
  local secs = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  local line = string.format(
    "rps=%.1f requests=%d seconds=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.1f errors=%d non2xx=%d success_bodies=%d pool_wrapped=%d behind_schedule=%d",
    summary.requests / secs, summary.requests, secs, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, errors, summary.errors.status, lates, wraps, behinds)
  print("RESULT " .. line)
  local out = os.getenv("RESULT")
  if out then
    local f = io.open(out, "w")
    f:write(line, "\n")
    f:close()
  end
end

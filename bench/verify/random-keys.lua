-- POSTs a verification of a key picked at random, per request, from the file BENCH_KEYS (one key a line),
-- with the bearer token BENCH_TOKEN and the product BENCH_PRODUCT.
-- wrk runs on the same cores as the service, so its own work per request counts against the service: when all keys
-- have the same length (Keysmith keys of one product do), the request around the key is the same bytes every time,
-- so every request is built once per thread, before the first is sent, and sending one is picking it from a table.
-- (Built per request, LuaJIT interns each new string: a table insert and garbage for every request with a key of
-- many, none for the single warm key, whose request is always the same string; that favoured (c) over (a) and (b).)
local keys = {}
for line in io.lines(os.getenv("BENCH_KEYS")) do
  keys[#keys + 1] = line
end
local token = os.getenv("BENCH_TOKEN")
local product = os.getenv("BENCH_PRODUCT")
local headers = {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}
local tail = '","product":"' .. product .. '"}'

local sameLength = true
for i = 2, #keys do
  if #keys[i] ~= #keys[1] then
    sameLength = false
    break
  end
end

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 1000)
end

local function body(key)
  return '{"key":"' .. key .. tail
end

local requests
function request()
  if not sameLength then
    return wrk.format("POST", nil, headers, body(keys[math.random(#keys)]))
  end
  if requests == nil then
    local sample = wrk.format("POST", nil, headers, body(keys[1]))
    local head = sample:sub(1, #sample - #keys[1] - #tail)
    requests = {}
    for i = 1, #keys do
      requests[i] = head .. keys[i] .. tail
    end
  end
  return requests[math.random(#requests)]
end

-- BENCH_PERCENTILES=<file>: the latency distribution of the run, for runs to be merged into one (scale.sh measures
-- two scenarios in alternating rounds, and counts each round's requests from wrk's own output): one
-- "<percentile> <latency in us>" a line, on a grid fine enough near the tail (every 0.005 % from 99 to 100) to merge a
-- p99 from rounds to within a few microseconds, then "max <latency in us>".
function done(summary, latency, requests)
  local path = os.getenv("BENCH_PERCENTILES")
  if path == nil or path == "" then
    return
  end
  local out = assert(io.open(path, "w"))
  local function put(p)
    out:write(string.format("%.3f %d\n", p, latency:percentile(p)))
  end
  for p = 1, 90 do put(p) end
  for i = 1, 180 do put(90 + i * 0.05) end
  for i = 1, 200 do put(99 + i * 0.005) end
  out:write(string.format("max %d\n", latency.max))
  out:close()
end

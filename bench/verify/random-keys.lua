-- POSTs a verification of a key picked at random, per request, from the file BENCH_KEYS (one key a line),
-- with the bearer token BENCH_TOKEN and the product BENCH_PRODUCT.
-- wrk runs on the same cores as the service, so its own work per request counts against the service: when all keys
-- have the same length (Keysmith keys of one product do), the request around the key is the same bytes every time
-- and is built once per thread; a request is then one concatenation of three strings.
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

local head
function request()
  local key = keys[math.random(#keys)]
  if not sameLength then
    return wrk.format("POST", nil, headers, body(key))
  end
  if head == nil then
    local sample = wrk.format("POST", nil, headers, body(keys[1]))
    head = sample:sub(1, #sample - #keys[1] - #tail)
  end
  return head .. key .. tail
end

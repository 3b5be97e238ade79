-- POSTs a verification of a key picked at random, per request, from the file BENCH_KEYS (one key a line),
-- with the bearer token BENCH_TOKEN and the product BENCH_PRODUCT.
local keys = {}
for line in io.lines(os.getenv("BENCH_KEYS")) do
  keys[#keys + 1] = line
end
local token = os.getenv("BENCH_TOKEN")
local product = os.getenv("BENCH_PRODUCT")

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 1000)
end

function request()
  local body = '{"key":"' .. keys[math.random(#keys)] .. '","product":"' .. product .. '"}'
  return wrk.format("POST", nil, {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}, body)
end

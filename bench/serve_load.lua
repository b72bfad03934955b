-- wrk script for bench/serve_load.sh: a fixed mix of good and bad requests
-- (about one in three is a mistake a user makes), taken in turn by each
-- connection; counts the answers by status class and the 5xx.
local requests = {
  {"GET", "/api/v1/votes?a=PAK&b=CHN"},
  {"GET", "/api/v1/votes?a=PAK&b=CHN&from=1971&to=2017&by=year&measure=agree,ia"},
  {"GET", "/api/v1/votes/partners?state=PAK&top=10"},
  {"GET", "/api/v1/votes/compare?state=PAK&with=CHN,USA,IND&by=total"},
  {"GET", "/api/v1/states?q=Viet%20Nam"},
  {"GET", "/api/v1/states/365"},
  {"GET", "/api/v1/arms/imports?recipient=PAK&from=2013&to=2018&by=supplier,year"},
  {"GET", "/api/v1/arms/flow?supplier=CHN&recipient=PAK&from=2013&to=2017"},
  {"GET", "/api/v1/arms/deals?supplier=CHN&recipient=PAK&search=JF-17"},
  {"GET", "/api/v1/power?a=PAK&b=CHN&from=1990"},
  {"GET", "/api/v1/balance?coalition1=PAK%2BCHN&coalition2=IND%2BUSA"},
  {"GET", "/api/v1/alliances?a=USA&b=GBR&from=1945"},
  {"GET", "/api/v1/igo?a=PAK&b=CHN&from=2000"},
  {"GET", "/api/v1/vetoes?by=CHN"},
  {"GET", "/api/v1/nuclear?state=PAK"},
  {"GET", "/api/v1/events?a=PAK&b=CHN&from=2013&to=2018"},
  {"GET", "/api/v1/openapi.json"},
  {"GET", "/"},
  {"GET", "/map?state=PAK&measure=agree&from=2000&to=2019"},
  {"GET", "/app/main.js"},
  {"GET", "/vendor/countries-110m.json"},
  {"GET", "/api/"},
  {"GET", "/api/v1/votes/partners?state=PAK&measure=agree&from=2000&to=2019"},
  -- mistakes: 400, 404, 405, 421
  {"GET", "/api/v1/votes?a=PAK&b=CHN&from=abc"},
  {"GET", "/api/v1/votes?a=PAK&b=CHN&frm=2000"},
  {"GET", "/api/v1/votes?a=Pakistn&b=CHN"},
  {"GET", "/api/v1/states/Atlantis"},
  {"GET", "/api/v1/nothing/here"},
  {"POST", "/api/v1/votes?a=PAK&b=CHN", {}, ""},
  {"GET", "/api/v1/states?q=PAK", {["Host"] = "attacker.example"}},
  {"GET", "/api/v1/arms/imports?recipient=PAK&by=year&top=3"},
  {"POST", "/api/v1/check", {["Content-Type"] = "application/toml"}, "[[claim]]\nid = 3\n"},
}

local threads = {}
local counter = 1

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  ok, client_errors, server_errors, next_index = 0, 0, 0, id
end

function request()
  local r = requests[(next_index % #requests) + 1]
  next_index = next_index + 1
  return wrk.format(r[1], r[2], r[3], r[4])
end

function response(status, headers, body)
  if status >= 500 then
    server_errors = server_errors + 1
  elseif status >= 400 then
    client_errors = client_errors + 1
  else
    ok = ok + 1
  end
end

function done(summary, latency, requests)
  local o, c, s = 0, 0, 0
  for _, t in ipairs(threads) do
    o = o + t:get("ok")
    c = c + t:get("client_errors")
    s = s + t:get("server_errors")
  end
  io.write(string.format("answers: 2xx/3xx %d, 4xx %d, 5xx %d\n", o, c, s))
  io.write(string.format("latency: p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end

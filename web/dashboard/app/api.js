// The dashboard's only way to the data: the server's JSON API, on the same
// origin. A failure carries the API's problem (RFC 9457), whose detail is the
// command line's message.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem && problem.detail ? problem.detail : `the server answered ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

const answers = new Map();

// The URL of a route with its parameters; empty values are left out.
export function apiUrl(path, params = {}) {
  const url = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    url.searchParams.set(name, String(value));
  }
  return url.pathname + url.search;
}

// GETs a route; the same URL is fetched once per page load.
export async function getJson(path, params = {}) {
  const url = apiUrl(path, params);
  if (!answers.has(url)) {
    const pending = fetch(url, { headers: { Accept: 'application/json' } }).then(async (response) => {
      const body = await response.json().catch(() => null);
      if (!response.ok) throw new ApiError(response.status, body);
      return body;
    });
    answers.set(url, pending);
    pending.catch(() => answers.delete(url));
  }
  return answers.get(url);
}

// POSTs a claim file to /api/v1/check.
export async function checkClaims(text, name) {
  const response = await fetch(apiUrl('/api/v1/check', { name }), {
    method: 'POST',
    headers: { 'Content-Type': 'application/toml', Accept: 'application/json' },
    body: text,
  });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

/* Talking to Ensemble's API: JSON in and out, problems (RFC 9457) turned into errors with their detail. */

export class ApiError extends Error {
  constructor(status, detail, problem) {
    super(detail);
    this.status = status;
    this.problem = problem;
  }
}

export async function api(path, options = {}) {
  const response = await fetch(path, {
    method: options.body === undefined ? 'GET' : 'POST',
    headers: options.body === undefined ? { Accept: 'application/json' }
      : { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  if (!response.ok) {
    let problem = null;
    try {
      problem = await response.json();
    } catch {
      // not a problem body; the status text says enough
    }
    throw new ApiError(response.status, (problem && problem.detail) || response.statusText, problem);
  }
  return response.json();
}

/** A path with its query string; empty and absent values are left out. */
export function query(path, params) {
  const search = new URLSearchParams();
  Object.entries(params).forEach(([name, value]) => {
    if (value !== undefined && value !== null && value !== '') search.set(name, value);
  });
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

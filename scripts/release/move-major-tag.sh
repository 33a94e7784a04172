#!/usr/bin/env bash
# Moves the major tag (v1) that users follow (org/deploy/actions/<name>@v1) to a release tag's
# commit, run by .github/workflows/release.yml after the verify job passed. It moves only:
#   - for a strict vX.Y.Z tag whose commit is on main (a back-port branch never becomes v1),
#   - for the highest vX.Y.Z of that major (tagging v1.0.1 after v1.1.0 leaves v1 alone),
#   - forward: the new commit descends from where v1 is now; anything else fails, moving nothing.
# A re-run with v1 already in place pushes nothing. The push is guarded with --force-with-lease,
# so a concurrent move fails instead of being overwritten.
#
# Usage: move-major-tag.sh vX.Y.Z
# Environment: RELEASE_TOKEN (optional) a token allowed to move refs over workflow changes,
#   sent as an HTTP header from the environment, never in argv; RELEASE_REMOTE (origin),
#   RELEASE_MAIN_BRANCH (main), GITHUB_STEP_SUMMARY (optional).
set -euo pipefail

tag="${1:-}"
remote="${RELEASE_REMOTE:-origin}"
main_branch="${RELEASE_MAIN_BRANCH:-main}"
strict='^v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$'

say() {
  echo "$*"
  if [[ -n "${GITHUB_STEP_SUMMARY:-}" ]]; then echo "$*" >>"${GITHUB_STEP_SUMMARY}"; fi
}
fail() {
  echo "::error::$*" >&2
  exit 1
}

[[ "${tag}" =~ ${strict} ]] || fail "release tags are strict vX.Y.Z; '${tag}' is not. Nothing was moved."
major="${tag%%.*}"

if [[ -n "${RELEASE_TOKEN:-}" ]]; then
  # GitHub's git endpoint takes the token as basic auth; printf is a builtin, so the token never
  # reaches a process's argv. GIT_CONFIG_* reach only the git commands of this script.
  basic="$(printf 'x-access-token:%s' "${RELEASE_TOKEN}" | base64 -w0)"
  echo "::add-mask::${basic}"
  export GIT_CONFIG_COUNT=1
  export GIT_CONFIG_KEY_0="http.https://github.com/.extraheader"
  export GIT_CONFIG_VALUE_0="AUTHORIZATION: basic ${basic}"
fi

# The remote's view of main and of every tag (v1 included) is what counts, not the checkout's.
git fetch --quiet --force --tags "${remote}" \
  "+refs/heads/${main_branch}:refs/remotes/${remote}/${main_branch}"

sha="$(git rev-parse --verify --quiet "refs/tags/${tag}^{commit}")" ||
  fail "tag ${tag} does not exist on ${remote}. Nothing was moved."

git merge-base --is-ancestor "${sha}" "refs/remotes/${remote}/${main_branch}" ||
  fail "${tag} (${sha}) is not on ${main_branch}: ${major} follows ${main_branch} only. Nothing was moved."

highest="$(git tag --list "${major}.*" | grep -E "${strict}" | sort -V | tail -n 1)"
if [[ "${highest}" != "${tag}" ]]; then
  say "${tag} is not the highest ${major} release (${highest} is): ${major} stays where it is."
  exit 0
fi

current_ref="$(git rev-parse --verify --quiet "refs/tags/${major}" || true)"
current="$(git rev-parse --verify --quiet "refs/tags/${major}^{commit}" || true)"
if [[ "${current}" == "${sha}" ]]; then
  say "${major} is already at ${tag} (${sha}); nothing to move."
  exit 0
fi
if [[ -n "${current}" ]] && ! git merge-base --is-ancestor "${current}" "${sha}"; then
  fail "${major} is at ${current}, which ${tag} (${sha}) does not descend from: moving it would go backwards or sideways. Nothing was moved."
fi

git push --quiet --force-with-lease="refs/tags/${major}:${current_ref}" \
  "${remote}" "${sha}:refs/tags/${major}"
say "Moved ${major} from ${current:-nothing} to ${tag} (${sha})."

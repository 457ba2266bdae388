/** The site's name, one spelling everywhere: header, tab titles, link previews, the 突击版 PDF, the share card. */
export const SITE_NAME = 'K8s 面试知识库';

/**
 * Where a reader reports a mistake in an answer: a repository's new-issue address (GitHub, GitLab and
 * Gitea take `…/issues/new?title=…&body=…`), set as KB_REPORT_URL when building, as Starlight's
 * editLink.baseUrl is set. Unset, the 纠错 links are not shown.
 */
export const REPORT_ISSUE_URL = (process.env.KB_REPORT_URL ?? '').trim();

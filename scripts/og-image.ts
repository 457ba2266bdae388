/**
 * `npx node scripts/og-image.ts` (Node 24): draws public/og.png, the 1200 × 630 card chat apps show for a shared
 * link, in Debian's Chromium with the CJK fonts the tests use. Run again when the site's name changes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../tests/support/browser.ts';
import { SITE_NAME } from '../src/site-config.ts';

const root = join(import.meta.dirname, '..');
const logo = readFileSync(join(root, 'public/favicon.svg'), 'utf8');
const html = `<!doctype html><html lang="zh-CN"><body style="margin:0;width:1200px;height:630px;display:flex;align-items:center;gap:56px;padding:0 96px;box-sizing:border-box;background:#17181c;color:#fff;font-family:'Noto Sans CJK SC',sans-serif">
<div style="width:200px;height:200px;flex:none">${logo.replace('<svg ', '<svg width="200" height="200" ')}</div>
<div><div style="font-size:84px;font-weight:700;letter-spacing:2px">${SITE_NAME}</div>
<div style="font-size:38px;color:#c0c2c7;margin-top:28px;line-height:1.5">Kubernetes 面试题，按主题整理<br>每道题一个答案、一个可分享的链接</div></div></body></html>`;

const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: join(root, 'public/og.png') });
await browser.close();

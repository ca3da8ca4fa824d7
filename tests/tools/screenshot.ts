// Dev helper: npx tsx tests/tools/screenshot.ts <url> <out.png> [width]
import { chromium } from '@playwright/test';
const [url, out, width = '1280', scrollY = '-1'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto(url!);
if (Number(scrollY) >= 0) { await page.evaluate((y) => window.scrollTo(0, y), Number(scrollY)); await page.screenshot({ path: out! }); } else await page.screenshot({ path: out!, fullPage: true });
await browser.close();

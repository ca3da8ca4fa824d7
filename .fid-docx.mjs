import mammoth from 'mammoth';
for (const f of process.argv.slice(2)) {
  const r = await mammoth.extractRawText({ path: f });
  console.log('=====', f); console.log(r.value.replace(/\n\n+/g, '\n'));
}

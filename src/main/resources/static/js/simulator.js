(function () {
  const chat = document.getElementById('chat');
  const text = document.getElementById('text');
  const openid = document.getElementById('openid');

  function bubble(kind, content) {
    const div = document.createElement('div');
    div.className = 'msg ' + kind;
    div.textContent = content;
    chat.appendChild(div);
    chat.scrollTop = chat.scrollHeight;
    return div;
  }

  async function send(message, shown) {
    bubble('me', shown);
    try {
      const response = await fetch('/simulator/send', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(Object.assign({ openid: openid.value }, message))
      });
      const result = await response.json();
      if (result.status !== 200) {
        bubble('sys', '公众号接口返回 ' + result.status);
      } else if (result.reply) {
        bubble('bot', result.reply).title = '耗时 ' + result.latencyMs + ' ms';
      }
    } catch (e) {
      bubble('sys', '发送失败：' + e.message);
    }
    refreshOutbox();
  }

  async function refreshOutbox() {
    try {
      const response = await fetch('/simulator/outbox?openid=' + encodeURIComponent(openid.value));
      const items = await response.json();
      const list = document.getElementById('outbox');
      list.innerHTML = '';
      items.forEach(function (m) {
        const li = document.createElement('li');
        const meta = document.createElement('div');
        meta.className = 'meta';
        meta.textContent = new Date(m.at).toLocaleString('zh-CN') + ' · ' + m.channel;
        const body = document.createElement('div');
        body.textContent = m.text;
        li.appendChild(meta);
        li.appendChild(body);
        list.appendChild(li);
      });
    } catch (e) { /* the outbox is a convenience; the chat keeps working */ }
  }

  document.getElementById('composer').addEventListener('submit', function (e) {
    e.preventDefault();
    const value = text.value.trim();
    if (!value) return;
    text.value = '';
    send({ kind: 'text', text: value }, value);
  });

  document.querySelectorAll('.tools button').forEach(function (b) {
    b.addEventListener('click', function () {
      const kind = b.dataset.kind;
      if (kind === 'subscribe') send({ kind: 'event', event: 'subscribe' }, '[关注公众号]');
      if (kind === 'image') send({ kind: 'image' }, '[照片]');
      if (kind === 'location') {
        const label = prompt('位置名称', '文化路与青年路交叉口');
        if (label) send({ kind: 'location', latitude: 34.7466, longitude: 113.6253, label: label }, '[位置] ' + label);
      }
      if (kind === 'voice') {
        const said = prompt('语音识别出的文字', '人民公园北门的路灯坏了');
        if (said) send({ kind: 'voice', text: said }, '[语音] ' + said);
      }
    });
  });

  setInterval(refreshOutbox, 5000);
  refreshOutbox();
  bubble('sys', '在下方输入，就像居民在微信里发消息');
})();

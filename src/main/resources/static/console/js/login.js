(function () {
  const cookie = document.cookie.split('; ').find(function (c) { return c.startsWith('XSRF-TOKEN='); });
  if (cookie) document.getElementById('csrf').value = decodeURIComponent(cookie.split('=')[1]);
  const params = new URLSearchParams(location.search);
  const message = document.getElementById('message');
  const error = params.get('error');
  const wait = Number(params.get('wait')) || 0;
  const waitWords = wait >= 60 ? Math.ceil(wait / 60) + ' 分钟' : wait + ' 秒';
  if (error === 'invalid') message.textContent = '用户名应为 2 到 32 位字母、数字或“_ . -”，请核对后重新登录。';
  else if (error === 'throttled') message.textContent = '登录失败次数较多，请 ' + waitWords + '后再试；如需立即登录，请联系管理员解除限制。';
  else if (params.has('error')) message.textContent = '用户名或密码不正确；多次失败后需稍等片刻才能再试。';
  if (params.has('out')) message.textContent = '您已安全退出。';
})();

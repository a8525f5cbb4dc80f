(function () {
  const cookie = document.cookie.split('; ').find(function (c) { return c.startsWith('XSRF-TOKEN='); });
  if (cookie) document.getElementById('csrf').value = decodeURIComponent(cookie.split('=')[1]);
  const params = new URLSearchParams(location.search);
  const message = document.getElementById('message');
  if (params.has('error')) message.textContent = '用户名或密码不正确；连续失败 5 次将锁定 15 分钟。';
  if (params.has('out')) message.textContent = '您已安全退出。';
})();

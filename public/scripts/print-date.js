// The "Printed from <permalink> on <date>" line at the foot of every printed page: the day the
// reader opened or printed it, in the site's date format. Without JavaScript the line gives the
// date the page was built instead.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const target = document.getElementById('printed-on');

function stamp() {
  const now = new Date();
  target.textContent = `on ${now.getDate()} ${MONTHS[now.getMonth()]} ${now.getFullYear()}`;
}

if (target) {
  stamp();
  window.addEventListener('beforeprint', stamp);
}

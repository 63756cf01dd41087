// The sign-in and sign-out pages: what the address says happened, and the CSRF token the sign-in form must carry.
const zoek = new URLSearchParams(location.search);
const fout = document.getElementById('fout');
const afgemeld = document.getElementById('afgemeld');
fout.hidden = !zoek.has('fout');
afgemeld.hidden = zoek.has('fout') || (!zoek.has('afgemeld') && document.forms.length > 0);

const formulier = document.querySelector('form.aanmelden');
if (formulier) {
  const sleutel = fetch('formuliersleutel', { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(a => a.json());
  // the form is sent only with its token, also when the user is faster than the request for it
  formulier.addEventListener('submit', async gebeurtenis => {
    gebeurtenis.preventDefault();
    const { veld, waarde } = await sleutel;
    const invoer = formulier.querySelector('input[type=hidden]');
    invoer.name = veld;
    invoer.value = waarde;
    formulier.submit();
  });
}

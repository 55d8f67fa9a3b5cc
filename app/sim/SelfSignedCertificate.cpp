#include "SelfSignedCertificate.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace sim {

namespace {

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

} // namespace

SelfSignedCertificate SelfSignedCertificate::generate(QString *error)
{
    SelfSignedCertificate result;
    const auto failed = [&](const QString &what) {
        if (error)
            *error = u"cannot generate a self-signed certificate: "_s + what;
        return SelfSignedCertificate();
    };
    // P-256: generated in milliseconds, where RSA would cost a test run a noticeable pause.
    PKeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return failed(u"key generation failed"_s);
    X509Ptr cert(X509_new());
    if (!cert)
        return failed(u"out of memory"_s);
    unsigned char serial[8];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_set_version(cert.get(), 2);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 365L * 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("viciprov-sim"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("localhost"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
    X509_EXTENSION *san =
        X509V3_EXT_conf_nid(nullptr, &ctx, NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1");
    if (!san)
        return failed(u"subjectAltName rejected"_s);
    X509_add_ext(cert.get(), san, -1);
    X509_EXTENSION_free(san);
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return failed(u"signing failed"_s);

    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_X509(certBio.get(), cert.get()) ||
        !PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr))
        return failed(u"PEM encoding failed"_s);
    result.certificate = QSslCertificate(bioBytes(certBio.get()), QSsl::Pem);
    result.key = QSslKey(bioBytes(keyBio.get()), QSsl::Ec, QSsl::Pem);
    if (result.certificate.isNull() || result.key.isNull())
        return failed(u"Qt could not read the generated PEM"_s);
    return result;
}

} // namespace sim
